package de.integrationsnetz.directory.hsds;

import de.integrationsnetz.directory.common.Folding;
import de.integrationsnetz.directory.hsds.HsdsDocuments.Audience;
import de.integrationsnetz.directory.hsds.HsdsDocuments.Context;
import de.integrationsnetz.directory.hsds.HsdsStore.SiteKey;
import de.integrationsnetz.directory.offer.Offer;
import de.integrationsnetz.directory.offer.OfferSite;
import de.integrationsnetz.directory.organisation.Organisation;
import de.integrationsnetz.directory.taxonomy.TaxonomyTerm;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * What the public HSDS API answers (docs/directory.md §3.3): published offers only, statewide (or one district on
 * request), their organisations (active ones with at least one published offer), taxonomies and terms. Pages are
 * 1-based; streams load in batches of {@value #BATCH} inside one read-only transaction.
 */
@Service
@Transactional(readOnly = true)
public class HsdsReading {

    /** How a service is written in a list. */
    public enum ServiceShape {
        /** {@code compiled/service_list.json}: own fields only. */
        SUMMARY,
        /** {@code compiled/service.json} with the nested organisation. */
        FULL,
        /** {@code {id, modified_date}} ({@code minimal=true}). */
        MINIMAL
    }

    static final int BATCH = 500;

    private final HsdsStore store;
    private final HsdsDocuments documents;

    HsdsReading(HsdsStore store, HsdsDocuments documents) {
        this.store = store;
        this.documents = documents;
    }

    // ---------------------------------------------------------------- services

    public HsdsPage<ObjectNode> services(ServiceQuery query, ServiceShape shape, int page, int perPage) {
        HsdsStore.IdPage found = store.publishedPage(query, (page - 1) * perPage, perPage);
        return HsdsPage.of(services(found.ids(), shape), found.total(), page, perPage);
    }

    /** Every matching service, one after another, without paging ({@code format=ndjson}). */
    public void streamServices(ServiceQuery query, ServiceShape shape, Consumer<ObjectNode> sink) {
        List<UUID> ids = store.publishedIds(query, 0, 0);
        for (int from = 0; from < ids.size(); from += BATCH) {
            services(ids.subList(from, Math.min(ids.size(), from + BATCH)), shape).forEach(sink);
            store.clear();
        }
    }

    private List<ObjectNode> services(List<UUID> ids, ServiceShape shape) {
        List<Offer> offers = store.offers(ids);
        if (shape == ServiceShape.MINIMAL) {
            return offers.stream().map(offer -> {
                ObjectNode node = JsonNodeFactory.instance.objectNode();
                node.put("id", offer.id().value().toString());
                node.put("modified_date", offer.updatedAt().toString());
                return node;
            }).toList();
        }
        Context context = documents.context(Audience.PUBLIC).withOffers(offers);
        return offers.stream().map(offer -> shape == ServiceShape.FULL ? documents.service(offer, context, true)
                : documents.serviceSummary(offer, context)).toList();
    }

    /** A published service with everything, its organisation included. */
    public Optional<ObjectNode> service(UUID id) {
        return store.publishedOffer(id).map(offer -> documents.service(offer,
                documents.context(Audience.PUBLIC).withOffers(List.of(offer)), true));
    }

    // ---------------------------------------------------------------- service at locations

    /**
     * A postal code's place for {@code postcode}/{@code proximity}: what it covers and its centre; {@code meters}
     * (the proximity) keeps only sites within that distance of the centre, which drops online addresses.
     */
    public record Near(HsdsStore.Coverage coverage, double latitude, double longitude, @Nullable Double meters) {}

    public HsdsPage<ObjectNode> serviceAtLocations(ServiceQuery query, @Nullable Near near, boolean full, int page,
            int perPage) {
        List<SiteKey> keys = siteKeys(query, near);
        return HsdsPage.of(serviceAtLocations(HsdsPage.slice(keys, page, perPage), full), keys.size(), page,
                perPage);
    }

    /** Every matching service_at_location without paging ({@code format=ndjson}). */
    public void streamServiceAtLocations(ServiceQuery query, @Nullable Near near, boolean full,
            Consumer<ObjectNode> sink) {
        List<SiteKey> keys = siteKeys(query, near);
        for (int from = 0; from < keys.size(); from += BATCH) {
            serviceAtLocations(keys.subList(from, Math.min(keys.size(), from + BATCH)), full).forEach(sink);
            store.clear();
        }
    }

    /** A complete service_at_location of a published offer: a site, or the online address of an offer. */
    public Optional<ObjectNode> serviceAtLocation(UUID id) {
        Optional<SiteKey> key = store.publishedSite(id).or(() -> store.publishedOnlineOfferIds().stream()
                .filter(offer -> HsdsIds.onlineSite(offer).equals(id)).findFirst()
                .map(offer -> new SiteKey(offer, null, null, null)));
        return key.map(found -> serviceAtLocations(List.of(found), true)).filter(list -> !list.isEmpty())
                .map(list -> list.get(0));
    }

    private List<SiteKey> siteKeys(ServiceQuery query, @Nullable Near near) {
        List<SiteKey> keys = store.publishedSites(query, near == null ? null : near.coverage());
        if (near == null || near.meters() == null) {
            return keys;
        }
        double meters = near.meters();
        return keys.stream().filter(key -> key.latitude() != null && key.longitude() != null
                && metersBetween(near.latitude(), near.longitude(), key.latitude(), key.longitude()) <= meters)
                .toList();
    }

    /** Great-circle distance (haversine, mean earth radius). */
    static double metersBetween(double latitudeA, double longitudeA, double latitudeB, double longitudeB) {
        double dLat = Math.toRadians(latitudeB - latitudeA);
        double dLon = Math.toRadians(longitudeB - longitudeA);
        double h = Math.pow(Math.sin(dLat / 2), 2) + Math.cos(Math.toRadians(latitudeA))
                * Math.cos(Math.toRadians(latitudeB)) * Math.pow(Math.sin(dLon / 2), 2);
        return 2 * 6_371_008.8 * Math.asin(Math.min(1, Math.sqrt(h)));
    }

    private List<ObjectNode> serviceAtLocations(List<SiteKey> keys, boolean full) {
        List<Offer> offers = store.offers(keys.stream().map(SiteKey::offerId).distinct().toList());
        Map<UUID, Offer> byId = new HashMap<>();
        offers.forEach(offer -> byId.put(offer.id().value(), offer));
        Context context = documents.context(Audience.PUBLIC).withOffers(offers);
        List<ObjectNode> result = new ArrayList<>();
        for (SiteKey key : keys) {
            Offer offer = byId.get(key.offerId());
            if (offer == null) {
                continue;
            }
            OfferSite site = key.siteId() == null ? null : offer.sites().stream()
                    .filter(candidate -> candidate.id().equals(key.siteId())).findFirst().orElse(null);
            if (key.siteId() != null && site == null) {
                continue; // the site went away between the two queries
            }
            result.add(full ? documents.serviceAtLocationFull(offer, site, context)
                    : documents.serviceAtLocationSummary(offer, site, context));
        }
        return result;
    }

    // ---------------------------------------------------------------- organisations

    /**
     * Public organisations; {@code full} adds phones, contacts, locations and attributes, {@code fullService} also
     * the published services.
     */
    public HsdsPage<ObjectNode> organizations(@Nullable String search, boolean full, boolean fullService, int page,
            int perPage) {
        long total = store.countPublicOrganisations(blankToNull(search));
        List<UUID> ids = store.publicOrganisationIds(blankToNull(search), (page - 1) * perPage, perPage);
        return HsdsPage.of(organizations(ids, full, fullService), total, page, perPage);
    }

    public void streamOrganizations(@Nullable String search, boolean full, boolean fullService,
            Consumer<ObjectNode> sink) {
        List<UUID> ids = store.publicOrganisationIds(blankToNull(search), 0, 0);
        for (int from = 0; from < ids.size(); from += BATCH) {
            organizations(ids.subList(from, Math.min(ids.size(), from + BATCH)), full, fullService).forEach(sink);
            store.clear();
        }
    }

    private List<ObjectNode> organizations(List<UUID> ids, boolean full, boolean fullService) {
        Map<UUID, Organisation> loaded = store.organisations(ids);
        List<Organisation> organisations = ids.stream().map(loaded::get).filter(Objects::nonNull).toList();
        if (!full && !fullService) {
            return organisations.stream().map(documents::organizationSummary).toList();
        }
        Context context = documents.context(Audience.PUBLIC).withOrganisations(organisations);
        Map<UUID, List<Offer>> services = fullService ? store.publishedOffersOf(ids) : Map.of();
        return organisations.stream().map(organisation -> fullService
                ? documents.organizationWithServices(organisation,
                        services.getOrDefault(organisation.id().value(), List.of()), context)
                : documents.organization(organisation, context, true)).toList();
    }

    /** A public organisation with phones, contacts, locations (and its published services on request). */
    public Optional<ObjectNode> organization(UUID id, boolean fullService) {
        return store.publicOrganisation(id).map(organisation -> {
            Context context = documents.context(Audience.PUBLIC).withOrganisations(List.of(organisation));
            return fullService ? documents.organizationWithServices(organisation, store.publishedOffersOf(id), context)
                    : documents.organization(organisation, context, true);
        });
    }

    // ---------------------------------------------------------------- taxonomies

    /** The taxonomies whose name or description contains the search. */
    public List<ObjectNode> taxonomies(@Nullable String search) {
        Predicate<String> matches = matcher(search);
        return store.taxonomies().stream()
                .filter(taxonomy -> matches.test(taxonomy.name() + " " + taxonomy.description() + " " + taxonomy.code()))
                .map(documents::taxonomy).toList();
    }

    public Optional<ObjectNode> taxonomy(UUID id) {
        return store.taxonomy(id).map(documents::taxonomy);
    }

    /**
     * The terms whose code or label (in any language) contains the search; of one taxonomy, only top-level ones, or
     * only the children of one term when asked.
     */
    public List<ObjectNode> terms(@Nullable String search, @Nullable UUID taxonomyId, boolean topOnly,
            @Nullable UUID parentId) {
        Predicate<String> matches = matcher(search);
        Context context = documents.context(Audience.PUBLIC);
        return store.terms().stream()
                .filter(term -> taxonomyId == null || term.taxonomyId().equals(taxonomyId))
                .filter(term -> !topOnly || term.parentId() == null)
                .filter(term -> parentId == null || parentId.equals(term.parentId()))
                .filter(term -> matches.test(term.code() + " " + String.join(" ", term.labels().values())))
                .map(term -> documents.taxonomyTerm(term, context)).toList();
    }

    public Optional<ObjectNode> term(UUID id) {
        Optional<TaxonomyTerm> term = store.term(id);
        return term.map(found -> documents.taxonomyTerm(found, documents.context(Audience.PUBLIC)));
    }

    private static Predicate<String> matcher(@Nullable String search) {
        String folded = search == null || search.isBlank() ? null : Folding.name(search);
        return text -> folded == null || Folding.name(text).contains(folded);
    }

    private static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
