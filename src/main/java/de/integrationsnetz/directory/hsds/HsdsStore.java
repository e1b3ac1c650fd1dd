package de.integrationsnetz.directory.hsds;

import de.integrationsnetz.directory.ContentLanguage;
import de.integrationsnetz.directory.TaxonomyTermId;
import de.integrationsnetz.directory.location.Location;
import de.integrationsnetz.directory.offer.Offer;
import de.integrationsnetz.directory.offer.OfferStatus;
import de.integrationsnetz.directory.organisation.Organisation;
import de.integrationsnetz.directory.organisation.OrganisationStatus;
import de.integrationsnetz.directory.taxonomy.CatalogTerm;
import de.integrationsnetz.directory.taxonomy.Taxonomy;
import de.integrationsnetz.directory.taxonomy.TaxonomyCatalog;
import de.integrationsnetz.directory.taxonomy.TaxonomyTerm;
import de.integrationsnetz.shared.DistrictKey;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.hibernate.search.mapper.orm.Search;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Read-only access to what HSDS exposes: offers (published ones for the public API, all of a district for the
 * export), organisations, their locations and contact persons, taxonomies and terms. Queries the other parts'
 * entities with JPQL, as {@code cooperation.DistrictOrganisations} does; nothing here changes data.
 */
@Component
@Transactional(readOnly = true)
public class HsdsStore {

    /** Matches of a full-text search considered at most. */
    static final int SEARCH_LIMIT = 10_000;

    /** Feature terms (integrationsnetz-merkmale) that mirror a yes/no field of the offer. */
    static final Map<String, String> FLAG_FEATURES = Map.of("kostenlos", "freeOfCharge", "barrierefrei", "barrierFree",
            "niedrigschwellig", "lowThreshold", "ehrenamtlich", "volunteerRun", "anmeldung", "registrationRequired",
            "termin", "appointmentRequired", "online", "online", "telefonisch", "byPhone");

    private final EntityManager entityManager;
    private final TaxonomyCatalog catalog;

    HsdsStore(EntityManager entityManager, TaxonomyCatalog catalog) {
        this.entityManager = entityManager;
        this.catalog = catalog;
    }

    // ---------------------------------------------------------------- services

    /** One page of the published offers that match: their number and the ids on the page, by name. */
    public record IdPage(long total, List<UUID> ids) {}

    /**
     * The number of published offers that match and the ids of one page, from one evaluation of the filters (a
     * full-text search runs once, not once for the count and again for the ids).
     */
    public IdPage publishedPage(ServiceQuery query, int offset, int limit) {
        Where where = where(query);
        if (where.impossible) {
            return new IdPage(0, List.of());
        }
        TypedQuery<Long> count = entityManager.createQuery("select count(o) from Offer o" + where.jpql, Long.class);
        where.parameters.forEach(count::setParameter);
        long total = count.getSingleResult();
        return new IdPage(total, total == 0 ? List.of() : ids(where, offset, limit));
    }

    /** Ids of the published offers that match, by name; {@code limit} ≤ 0 means all. */
    public List<UUID> publishedIds(ServiceQuery query, int offset, int limit) {
        Where where = where(query);
        return where.impossible ? List.of() : ids(where, offset, limit);
    }

    private List<UUID> ids(Where where, int offset, int limit) {
        TypedQuery<UUID> ids = entityManager.createQuery(
                "select o.id from Offer o" + where.jpql + " order by o.nameKey, o.id", UUID.class);
        where.parameters.forEach(ids::setParameter);
        ids.setFirstResult(offset);
        if (limit > 0) {
            ids.setMaxResults(limit);
        }
        return ids.getResultList();
    }

    /** The offers with these ids, in the order of the ids. */
    public List<Offer> offers(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<UUID, Offer> byId = entityManager.createQuery("select o from Offer o where o.id in :ids", Offer.class)
                .setParameter("ids", ids).getResultList().stream()
                .collect(Collectors.toMap(offer -> offer.id().value(), Function.identity()));
        return ids.stream().map(byId::get).filter(java.util.Objects::nonNull).toList();
    }

    /** A published offer. */
    public Optional<Offer> publishedOffer(UUID id) {
        return Optional.ofNullable(entityManager.find(Offer.class, id))
                .filter(offer -> offer.status() == OfferStatus.PUBLISHED);
    }

    /** Every offer of the district, whatever its status, by name (the back-office export). */
    public List<Offer> offersOfDistrict(DistrictKey district) {
        return entityManager.createQuery("select o from Offer o where o.districtKey = :district"
                + " order by o.nameKey, o.id", Offer.class).setParameter("district", district.value()).getResultList();
    }

    private Where where(ServiceQuery query) {
        StringBuilder jpql = new StringBuilder(" where o.status = :published");
        Map<String, Object> parameters = new LinkedHashMap<>();
        parameters.put("published", OfferStatus.PUBLISHED);
        if (query.district() != null) {
            jpql.append(" and o.districtKey = :district");
            parameters.put("district", query.district().value());
        }
        if (query.organizationId() != null) {
            jpql.append(" and o.organisationId = :organisation");
            parameters.put("organisation", query.organizationId());
        }
        if (query.modifiedAfter() != null) {
            jpql.append(" and o.updatedAt >= :after");
            parameters.put("after", query.modifiedAfter());
        }
        if (query.taxonomyTermId() != null) {
            Optional<CatalogTerm> term = catalog.term(new TaxonomyTermId(query.taxonomyTermId()));
            if (term.isEmpty()) {
                return Where.IMPOSSIBLE;
            }
            jpql.append(" and (o.id in (select t.id from Offer t join t.classifications c where c.taxonomy = :termTaxonomy"
                    + " and (c.code = :termCode or c.code like :termPrefix))");
            parameters.put("termTaxonomy", term.get().taxonomy());
            parameters.put("termCode", term.get().code());
            parameters.put("termPrefix", term.get().code() + ".%");
            String flag = TaxonomyCatalog.FEATURES.equals(term.get().taxonomy())
                    ? FLAG_FEATURES.get(term.get().code()) : null;
            if (flag != null) {
                jpql.append(" or o.").append(flag).append(" = true");
            }
            jpql.append(')');
        }
        if (query.taxonomyId() != null) {
            Optional<Taxonomy> taxonomy = taxonomy(query.taxonomyId());
            if (taxonomy.isEmpty()) {
                return Where.IMPOSSIBLE;
            }
            jpql.append(" and (o.id in (select t.id from Offer t join t.classifications c where c.taxonomy = :taxonomy)");
            parameters.put("taxonomy", taxonomy.get().code());
            if (TaxonomyCatalog.FEATURES.equals(taxonomy.get().code())) {
                FLAG_FEATURES.values().stream().distinct().sorted()
                        .forEach(flag -> jpql.append(" or o.").append(flag).append(" = true"));
            }
            jpql.append(')');
        }
        if (query.search() != null) {
            List<UUID> matches = searchIds(query.search());
            if (matches.isEmpty()) {
                return Where.IMPOSSIBLE;
            }
            jpql.append(" and o.id in :matches");
            parameters.put("matches", matches);
        }
        return new Where(jpql.toString(), parameters, false);
    }

    // ---------------------------------------------------------------- service at locations

    /**
     * One HSDS {@code service_at_location} of a published offer: a site ({@code siteId}, with the coordinates of its
     * location) or, with {@code siteId} null, the online address.
     */
    public record SiteKey(UUID offerId, @Nullable UUID siteId, @Nullable Double latitude, @Nullable Double longitude) {}

    /**
     * The places a postal code covers: the Saxon municipalities (AGS) that have it and their districts (ARS). An
     * offer covers them when it serves one of the municipalities, serves its whole district, or names no area.
     */
    public record Coverage(Set<String> municipalities, Set<String> districts) {}

    private static final String COVERS = " and ((o.wholeDistrict = true and o.districtKey in :coverDistricts)"
            + " or o.id in (select cv.id from Offer cv join cv.serviceAreas ca where ca in :coverMunicipalities)"
            + " or (o.wholeDistrict = false and o.serviceAreas is empty))";

    /**
     * The service_at_locations of the published offers that match, in the order of the services (name, id), each
     * offer's sites by id and its online address last. Keys only, so that paging and the distance filter need no
     * entity; a state has a few ten thousand.
     */
    public List<SiteKey> publishedSites(ServiceQuery query, @Nullable Coverage coverage) {
        Where where = where(query);
        if (where.impossible) {
            return List.of();
        }
        String jpql = where.jpql + (coverage == null ? "" : COVERS);
        TypedQuery<Object[]> sites = entityManager.createQuery("select o.nameKey, o.id, s.id, s.latitude, s.longitude"
                + " from OfferSite s join s.offer o" + jpql, Object[].class);
        TypedQuery<Object[]> online = entityManager.createQuery("select o.nameKey, o.id from Offer o" + jpql
                + " and o.onlineUrl is not null", Object[].class);
        for (TypedQuery<Object[]> typed : List.of(sites, online)) {
            where.parameters.forEach(typed::setParameter);
            if (coverage != null) {
                // "in" with an empty list is not valid SQL everywhere; a value no key has stands for "none"
                typed.setParameter("coverDistricts", coverage.districts().isEmpty() ? Set.of("-") : coverage.districts());
                typed.setParameter("coverMunicipalities",
                        coverage.municipalities().isEmpty() ? Set.of("-") : coverage.municipalities());
            }
        }
        record Row(String nameKey, SiteKey key) {}
        List<Row> rows = new ArrayList<>();
        for (Object[] row : sites.getResultList()) {
            rows.add(new Row((String) row[0], new SiteKey((UUID) row[1], (UUID) row[2], (Double) row[3],
                    (Double) row[4])));
        }
        for (Object[] row : online.getResultList()) {
            rows.add(new Row((String) row[0], new SiteKey((UUID) row[1], null, null, null)));
        }
        rows.sort(Comparator.comparing(Row::nameKey).thenComparing(row -> row.key().offerId())
                .thenComparing(row -> row.key().siteId(), Comparator.nullsLast(Comparator.naturalOrder())));
        return rows.stream().map(Row::key).toList();
    }

    /** The site with this id if its offer is published. */
    public Optional<SiteKey> publishedSite(UUID siteId) {
        return entityManager.createQuery("select o.id, s.latitude, s.longitude from OfferSite s join s.offer o"
                        + " where s.id = :site and o.status = :published", Object[].class)
                .setParameter("site", siteId).setParameter("published", OfferStatus.PUBLISHED)
                .getResultStream().findFirst()
                .map(row -> new SiteKey((UUID) row[0], siteId, (Double) row[1], (Double) row[2]));
    }

    /** The published offers with an online address (to find the one an online service_at_location id names). */
    public List<UUID> publishedOnlineOfferIds() {
        return entityManager.createQuery("select o.id from Offer o where o.status = :published"
                        + " and o.onlineUrl is not null", UUID.class)
                .setParameter("published", OfferStatus.PUBLISHED).getResultList();
    }

    private List<UUID> searchIds(String text) {
        String de = ContentLanguage.DE.code();
        return Search.session(entityManager).search(Offer.class)
                .select(f -> f.id(UUID.class))
                .where(f -> f.bool()
                        .should(f.match().field("name_" + de).matching(text).boost(3f))
                        .should(f.match().field("text_" + de).matching(text))
                        .should(f.match().field("name_plain").matching(text))
                        .should(f.match().field("text_plain").matching(text))
                        .should(f.match().field("provider").matching(text)))
                .fetchHits(SEARCH_LIMIT);
    }

    private record Where(String jpql, Map<String, Object> parameters, boolean impossible) {
        static final Where IMPOSSIBLE = new Where("", Map.of(), true);
    }

    // ---------------------------------------------------------------- organisations, locations

    /** Organisations by id (any status and district; the caller decides what it may show). */
    public Map<UUID, Organisation> organisations(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return entityManager.createQuery("select o from Organisation o where o.id in :ids", Organisation.class)
                .setParameter("ids", Set.copyOf(ids)).getResultList().stream()
                .collect(Collectors.toMap(organisation -> organisation.id().value(), Function.identity()));
    }

    /** The locations of these organisations, by organisation, each list by name. */
    public Map<UUID, List<Location>> locationsOf(Collection<UUID> organisations) {
        if (organisations.isEmpty()) {
            return Map.of();
        }
        Map<UUID, List<Location>> result = new HashMap<>();
        entityManager.createQuery("select l from Location l where l.organisationId in :ids order by l.name, l.id",
                        Location.class)
                .setParameter("ids", Set.copyOf(organisations)).getResultList()
                .forEach(location -> result.computeIfAbsent(location.organisation().value(), id -> new ArrayList<>())
                        .add(location));
        return result;
    }

    /** Where the public API shows organisations: active ones with at least one published offer. */
    private static final String PUBLIC_ORGANISATION = " where o.status = :active and exists (select 1 from Offer s"
            + " where s.organisationId = o.id and s.status = :published)";

    /** The number of public organisations whose folded name contains the search (all without a search). */
    public long countPublicOrganisations(@Nullable String search) {
        TypedQuery<Long> count = entityManager.createQuery("select count(o) from Organisation o" + PUBLIC_ORGANISATION
                + (search == null ? "" : " and o.nameKey like :search"), Long.class);
        publicParameters(count, search);
        return count.getSingleResult();
    }

    /** Ids of public organisations by name; {@code limit} ≤ 0 means all. */
    public List<UUID> publicOrganisationIds(@Nullable String search, int offset, int limit) {
        TypedQuery<UUID> ids = entityManager.createQuery("select o.id from Organisation o" + PUBLIC_ORGANISATION
                + (search == null ? "" : " and o.nameKey like :search") + " order by o.nameKey, o.id", UUID.class);
        publicParameters(ids, search);
        ids.setFirstResult(offset);
        if (limit > 0) {
            ids.setMaxResults(limit);
        }
        return ids.getResultList();
    }

    private static void publicParameters(TypedQuery<?> query, @Nullable String search) {
        query.setParameter("active", OrganisationStatus.ACTIVE).setParameter("published", OfferStatus.PUBLISHED);
        if (search != null) {
            query.setParameter("search", "%" + de.integrationsnetz.directory.common.Folding.name(search)
                    .replace("%", "").replace("_", "") + "%");
        }
    }

    /** A public organisation (active, with a published offer). */
    public Optional<Organisation> publicOrganisation(UUID id) {
        List<UUID> found = entityManager.createQuery("select o.id from Organisation o" + PUBLIC_ORGANISATION
                        + " and o.id = :id", UUID.class)
                .setParameter("active", OrganisationStatus.ACTIVE).setParameter("published", OfferStatus.PUBLISHED)
                .setParameter("id", id).getResultList();
        return found.isEmpty() ? Optional.empty() : Optional.ofNullable(entityManager.find(Organisation.class, id));
    }

    /** The published offers of an organisation, by name. */
    public List<Offer> publishedOffersOf(UUID organisation) {
        return publishedOffersOf(List.of(organisation)).getOrDefault(organisation, List.of());
    }

    /** The published offers of these organisations, by organisation, each list by name (one query). */
    public Map<UUID, List<Offer>> publishedOffersOf(Collection<UUID> organisations) {
        if (organisations.isEmpty()) {
            return Map.of();
        }
        Map<UUID, List<Offer>> result = new HashMap<>();
        entityManager.createQuery("select o from Offer o where o.organisationId in :organisations"
                        + " and o.status = :published order by o.nameKey, o.id", Offer.class)
                .setParameter("organisations", Set.copyOf(organisations))
                .setParameter("published", OfferStatus.PUBLISHED)
                .getResultList()
                .forEach(offer -> result.computeIfAbsent(offer.organisation().value(), id -> new ArrayList<>())
                        .add(offer));
        return result;
    }

    /** Every organisation of the district, by name (the back-office export). */
    public List<Organisation> organisationsOfDistrict(DistrictKey district) {
        return entityManager.createQuery("select o from Organisation o where o.districtKey = :district"
                + " order by o.nameKey, o.id", Organisation.class).setParameter("district", district.value())
                .getResultList();
    }

    /** Forgets the loaded entities (between the batches of a stream). */
    public void clear() {
        entityManager.clear();
    }

    // ---------------------------------------------------------------- taxonomies

    /** All taxonomies, by code. */
    public List<Taxonomy> taxonomies() {
        return entityManager.createQuery("select t from Taxonomy t order by t.code", Taxonomy.class).getResultList();
    }

    public Optional<Taxonomy> taxonomy(UUID id) {
        return Optional.ofNullable(entityManager.find(Taxonomy.class, id));
    }

    /** All terms (inactive ones too: offers may still use them), by taxonomy, then code. */
    public List<TaxonomyTerm> terms() {
        List<Taxonomy> taxonomies = taxonomies();
        Map<UUID, String> codes = taxonomies.stream().collect(Collectors.toMap(Taxonomy::id, Taxonomy::code));
        List<TaxonomyTerm> terms = new ArrayList<>(
                entityManager.createQuery("select t from TaxonomyTerm t", TaxonomyTerm.class).getResultList());
        terms.sort(Comparator.comparing((TaxonomyTerm term) -> codes.getOrDefault(term.taxonomyId(), ""))
                .thenComparing(term -> term.code().toLowerCase(Locale.ROOT)));
        return terms;
    }

    public Optional<TaxonomyTerm> term(UUID id) {
        return Optional.ofNullable(entityManager.find(TaxonomyTerm.class, id));
    }
}
