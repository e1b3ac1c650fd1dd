package de.integrationsnetz.directory.offer;

import de.integrationsnetz.directory.ContentLanguage;
import de.integrationsnetz.directory.LocationId;
import de.integrationsnetz.directory.OfferId;
import de.integrationsnetz.directory.OrganisationId;
import de.integrationsnetz.directory.TaxonomyTermId;
import de.integrationsnetz.directory.access.DirectoryAccess;
import de.integrationsnetz.directory.access.Intent;
import de.integrationsnetz.directory.access.NotInScope;
import de.integrationsnetz.directory.access.OrganisationScope;
import de.integrationsnetz.directory.common.DirectoryRuleViolation;
import de.integrationsnetz.directory.common.Folding;
import de.integrationsnetz.directory.location.Location;
import de.integrationsnetz.directory.organisation.ContactPerson;
import de.integrationsnetz.directory.organisation.Organisation;
import de.integrationsnetz.directory.organisation.OrganisationManagement;
import de.integrationsnetz.directory.organisation.OrganisationRef;
import de.integrationsnetz.directory.taxonomy.CatalogTerm;
import de.integrationsnetz.directory.taxonomy.TaxonomyCatalog;
import de.integrationsnetz.directory.translation.TranslatedField;
import de.integrationsnetz.geography.GeographyQueries;
import de.integrationsnetz.identity.CurrentUser;
import de.integrationsnetz.shared.DistrictKey;
import de.integrationsnetz.shared.MunicipalityKey;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Join;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads and changes offers on behalf of a user, always within the user's scope: another district's offer is not
 * found (404); an offer of another organisation in the user's district is forbidden to a provider (403); reviewing
 * and publishing need a coordinator or county admin of the district (403 for providers). The status itself is changed
 * only by {@link Offer}'s methods, which refuse what the status does not allow ({@link OfferTransitionNotAllowed}).
 * The offer's events are published once the command ran.
 */
@Service
@Transactional
public class OfferManagement {

    private static final ZoneId ZONE = ZoneId.of("Europe/Berlin");

    private final OfferRepository offers;
    private final OrganisationManagement organisations;
    private final DirectoryAccess access;
    private final TaxonomyCatalog catalog;
    private final GeographyQueries geography;
    private final EntityManager entityManager;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    OfferManagement(OfferRepository offers, OrganisationManagement organisations, DirectoryAccess access,
            TaxonomyCatalog catalog, GeographyQueries geography, EntityManager entityManager,
            ApplicationEventPublisher events, Clock clock) {
        this.offers = offers;
        this.organisations = organisations;
        this.access = access;
        this.catalog = catalog;
        this.geography = geography;
        this.entityManager = entityManager;
        this.events = events;
        this.clock = clock;
    }

    // --- queries -----------------------------------------------------------------------------------------------

    /** The offers the user may see that match the filter, one page, in the pageable's order. */
    @Transactional(readOnly = true)
    public Page<OfferListItem> list(CurrentUser user, OfferFilter filter, Pageable pageable) {
        OrganisationScope scope = access.scope(user);
        if (scope.isEmpty()) {
            return Page.empty(pageable);
        }
        return offers.findAll(visible(scope).and(matching(filter)), pageable).map(OfferListItem::of);
    }

    /**
     * What waits for review in the districts the user coordinates or administers: offers in review and pending
     * revisions, the longest waiting first.
     */
    @Transactional(readOnly = true)
    public List<OfferListItem> reviewQueue(CurrentUser user) {
        OrganisationScope scope = access.scope(user);
        if (scope.districts().isEmpty()) {
            return List.of();
        }
        return offers.findAll(waitingForReview(scope)).stream()
                .map(OfferListItem::of)
                .sorted(Comparator.comparing(OfferListItem::waitingSince,
                        Comparator.nullsLast(Comparator.naturalOrder())))
                .toList();
    }

    /** How many offers the user sees, per status, and how many wait for review (for the directory start page). */
    @Transactional(readOnly = true)
    public OfferCounts counts(CurrentUser user) {
        OrganisationScope scope = access.scope(user);
        Map<OfferStatus, Long> perStatus = new EnumMap<>(OfferStatus.class);
        for (OfferStatus status : OfferStatus.values()) {
            perStatus.put(status, 0L);
        }
        long pending = 0L;
        if (!scope.isEmpty()) {
            CriteriaBuilder cb = entityManager.getCriteriaBuilder();
            CriteriaQuery<Tuple> perStatusQuery = cb.createTupleQuery();
            Root<Offer> root = perStatusQuery.from(Offer.class);
            perStatusQuery.multiselect(root.get("status"), cb.count(root))
                    .where(visible(scope).toPredicate(root, perStatusQuery, cb))
                    .groupBy(root.get("status"));
            for (Tuple row : entityManager.createQuery(perStatusQuery).getResultList()) {
                perStatus.put(row.get(0, OfferStatus.class), row.get(1, Long.class));
            }
            pending = offers.count(visible(scope).and(
                    (offer, query, builder) -> builder.isNotNull(offer.get("pendingRevision"))));
        }
        long review = scope.districts().isEmpty() ? 0L : offers.count(waitingForReview(scope));
        return new OfferCounts(perStatus, pending, review);
    }

    /** One offer with the commands the user may run on it. */
    @Transactional(readOnly = true)
    public OfferView get(OfferId id, CurrentUser user) {
        return OfferView.of(load(id, user, Intent.READ), Actor.of(user));
    }

    /** Checks that the user may edit the offer (for opening its form). */
    @Transactional(readOnly = true)
    public OfferView requireEditable(OfferId id, CurrentUser user) {
        return OfferView.of(load(id, user, Intent.EDIT), Actor.of(user));
    }

    /** What the offer form of an organisation offers to choose from; needs edit access to the organisation. */
    @Transactional(readOnly = true)
    public OfferFormOptions options(OrganisationId organisation, CurrentUser user) {
        OrganisationRef owner = organisations.require(organisation, user, Intent.EDIT);
        return options(owner);
    }

    private OfferFormOptions options(OrganisationRef owner) {
        List<OfferFormOptions.LocationOption> locations = locationsOf(owner.id()).stream()
                .map(location -> new OfferFormOptions.LocationOption(location.id().value(), location.name(),
                        location.address().singleLine(), snapshot(location, null)))
                .toList();
        List<OfferFormOptions.ContactOption> contacts = contactsOf(owner.id()).stream()
                .map(contact -> new OfferFormOptions.ContactOption(contact.id(), contact.name(),
                        contact.functionTitle(), contact.publishConsent()))
                .toList();
        return new OfferFormOptions(owner, locations, contacts, geography.municipalitiesOf(owner.district()),
                catalog.terms(TaxonomyCatalog.CATEGORIES), catalog.terms(TaxonomyCatalog.TARGET_GROUPS),
                SpokenLanguages.CODES);
    }

    // --- commands ----------------------------------------------------------------------------------------------

    /**
     * Creates a draft offer of an organisation the user may edit.
     *
     * @throws DirectoryRuleViolation when the content breaks a rule (named field)
     */
    public OfferId create(CurrentUser user, OrganisationId organisation, OfferContent content) {
        OrganisationRef owner = organisations.require(organisation, user, Intent.EDIT);
        Instant now = clock.instant();
        Offer offer = new Offer(OfferId.random(), owner, resolve(owner, content, null), Actor.of(user), now,
                today(now), false);
        entityManager.persist(offer);
        publish(offer);
        return offer.id();
    }

    /**
     * Changes an offer's content. A provider's change of a published offer becomes a pending revision.
     *
     * @param expectedVersion the version the user's form was based on
     * @throws ObjectOptimisticLockingFailureException when someone else changed it in the meantime
     */
    public Offer.EditOutcome edit(OfferId id, CurrentUser user, long expectedVersion, OfferContent content) {
        Offer offer = load(id, user, Intent.EDIT);
        if (offer.version() != expectedVersion) {
            throw new ObjectOptimisticLockingFailureException(Offer.class, id);
        }
        OrganisationRef owner = ownerOf(offer);
        Instant now = clock.instant();
        Offer.EditOutcome outcome = offer.edit(resolve(owner, content, offer), Actor.of(user), now, today(now));
        publish(offer);
        return outcome;
    }

    public void submit(OfferId id, CurrentUser user) {
        Offer offer = load(id, user, Intent.EDIT);
        offer.submit(Actor.of(user), clock.instant());
        publish(offer);
    }

    public void approve(OfferId id, CurrentUser user) {
        Offer offer = load(id, user, Intent.MANAGE);
        offer.approve(Actor.of(user), clock.instant());
        publish(offer);
    }

    public void reject(OfferId id, CurrentUser user, @Nullable String note) {
        Offer offer = load(id, user, Intent.MANAGE);
        offer.reject(Actor.of(user), clock.instant(), note);
        publish(offer);
    }

    public void publish(OfferId id, CurrentUser user) {
        Offer offer = load(id, user, Intent.MANAGE);
        offer.publish(Actor.of(user), clock.instant());
        publish(offer);
    }

    public void archive(OfferId id, CurrentUser user, ArchiveReason reason) {
        Offer offer = load(id, user, Intent.EDIT);
        offer.archive(reason, Actor.of(user), clock.instant());
        publish(offer);
    }

    public void reopen(OfferId id, CurrentUser user) {
        Offer offer = load(id, user, Intent.EDIT);
        offer.reopen(Actor.of(user), clock.instant());
        publish(offer);
    }

    /** The offer is still right: confirms a published offer, or re-publishes one recently withdrawn as stale. */
    public void confirm(OfferId id, CurrentUser user) {
        Offer offer = load(id, user, Intent.EDIT);
        offer.confirm(Actor.of(user), clock.instant());
        publish(offer);
    }

    public void approveRevision(OfferId id, CurrentUser user) {
        Offer offer = load(id, user, Intent.MANAGE);
        Instant now = clock.instant();
        // The locations may have moved (or gone) since the proposal: check the sites again against the organisation.
        offer.pendingRevision().ifPresent(revision -> offer.refreshPendingRevision(
                resolve(ownerOf(offer), revision, offer)));
        offer.approveRevision(Actor.of(user), now, today(now));
        publish(offer);
    }

    public void rejectRevision(OfferId id, CurrentUser user, @Nullable String note) {
        Offer offer = load(id, user, Intent.MANAGE);
        offer.rejectRevision(Actor.of(user), clock.instant(), note);
        publish(offer);
    }

    /** Deletes a draft (offers that were ever submitted or public are archived instead). */
    public void delete(OfferId id, CurrentUser user) {
        Offer offer = load(id, user, Intent.EDIT);
        offer.requireDeletable(Actor.of(user));
        // The audit trail records the deleted state, collections included: load them while they still exist.
        offer.content();
        offer.translations().size();
        offers.delete(offer);
    }

    /** Adds or replaces a translation of one field (for the translation workbench). */
    public void translate(OfferId id, CurrentUser user, TranslatedField field, ContentLanguage language, String text,
            boolean machine) {
        Offer offer = load(id, user, Intent.EDIT);
        offer.translate(field, language, text, machine, Actor.of(user), clock.instant());
    }

    /** Removes a translation of one field; it is missing afterwards. */
    public void removeTranslation(OfferId id, CurrentUser user, TranslatedField field, ContentLanguage language) {
        Offer offer = load(id, user, Intent.EDIT);
        offer.removeTranslation(field, language, Actor.of(user), clock.instant());
    }

    // --- without a user: demo data and imports -----------------------------------------------------------------

    @Transactional(readOnly = true)
    public boolean exists(OfferId id) {
        return offers.existsById(id.value());
    }

    /**
     * Creates an offer with a given id as the system (demo data, imports), resolving sites, contacts and terms
     * against the organisation, and moves it to the given status: DRAFT, IN_REVIEW, PUBLISHED or ARCHIVED (ENDED).
     *
     * @param now when it was created and last confirmed
     */
    public OfferId register(OfferId id, OrganisationId organisation, OfferContent content, OfferStatus status,
            boolean demo, Instant now) {
        Organisation found = entityManager.find(
                Organisation.class, organisation.value());
        if (found == null) {
            throw new NotInScope(organisation);
        }
        OrganisationRef owner = new OrganisationRef(found.id(), found.district(), found.name(), found.isDemo());
        Actor system = Actor.system();
        Offer offer = new Offer(id, owner, resolve(owner, content, null), system, now, today(clock.instant()), demo);
        switch (status) {
            case DRAFT -> { }
            case IN_REVIEW -> offer.submit(system, now);
            case PUBLISHED -> offer.publish(system, now);
            case ARCHIVED -> {
                offer.publish(system, now);
                offer.archive(ArchiveReason.ENDED, system, now);
            }
        }
        entityManager.persist(offer);
        publish(offer);
        return offer.id();
    }

    /** Proposes a revision of a published offer as the system (demo data). */
    public void registerRevision(OfferId id, OfferContent content, Instant now) {
        Offer offer = offers.findById(id.value()).orElseThrow(() -> new NotInScope(id));
        offer.proposeRevision(resolve(ownerOf(offer), content, offer), Actor.system(), now);
        publish(offer);
    }

    /**
     * Copies a location's current place (coordinates, municipality, postal code, city) into every offer site that
     * uses it, so that lists and the search index follow a moved location (docs/directory.md §2.4). For the location
     * side to call after a change; needs no user.
     */
    public void refreshSitesOf(LocationId location) {
        Location current = entityManager.find(Location.class, location.value());
        if (current == null) {
            return;
        }
        List<Offer> using = entityManager.createQuery(
                        "select distinct o from Offer o join o.sites s where s.locationId = :location", Offer.class)
                .setParameter("location", location.value())
                .getResultList();
        Instant now = clock.instant();
        using.forEach(offer -> offer.relocateSite(location, snapshot(current, null), now));
    }

    // --- helpers -----------------------------------------------------------------------------------------------

    private Offer load(OfferId id, CurrentUser user, Intent intent) {
        Offer offer = offers.findById(id.value()).orElseThrow(() -> new NotInScope(id));
        access.require(user, offer.district(), offer.organisation(), intent);
        return offer;
    }

    private OrganisationRef ownerOf(Offer offer) {
        return new OrganisationRef(offer.organisation(), offer.district(), offer.providerName(), offer.isDemo());
    }

    private void publish(Offer offer) {
        offer.drainEvents().forEach(events::publishEvent);
    }

    private LocalDate today(Instant now) {
        return LocalDate.ofInstant(now, ZONE);
    }

    /**
     * Checks the parts of the content that refer to other data against the organisation and the catalogs, and fills
     * in what is copied: the sites' snapshots of their locations, the classifications' taxonomy and code.
     */
    private OfferContent resolve(OrganisationRef owner, OfferContent content, @Nullable Offer existing) {
        Map<UUID, Location> locations = locationsOf(owner.id()).stream()
                .collect(Collectors.toMap(location -> location.id().value(), Function.identity()));
        Map<UUID, String> oldDescriptions = new HashMap<>();
        if (existing != null) {
            existing.sites().forEach(site -> {
                if (site.description() != null) {
                    oldDescriptions.put(site.location().value(), site.description());
                }
            });
        }
        List<SiteData> sites = new ArrayList<>();
        for (SiteData site : content.sites()) {
            Location location = locations.get(site.locationId());
            if (location == null) {
                throw new DirectoryRuleViolation("locations", "directory.validation.offer.site-unknown",
                        "Location " + site.locationId() + " is not one of the organisation's");
            }
            String description = site.description() != null ? site.description()
                    : oldDescriptions.get(site.locationId());
            sites.add(snapshot(location, description));
        }
        Set<UUID> contactIds = contactsOf(owner.id()).stream().map(ContactPerson::id).collect(Collectors.toSet());
        for (UUID contact : content.contacts()) {
            if (!contactIds.contains(contact)) {
                throw new DirectoryRuleViolation("contacts", "directory.validation.offer.contact-unknown",
                        "Contact " + contact + " is not one of the organisation's");
            }
        }
        List<Classification> classifications = new ArrayList<>();
        for (Classification classification : content.classifications()) {
            CatalogTerm term = catalog.term(new TaxonomyTermId(classification.termId())).orElseThrow(
                    () -> new DirectoryRuleViolation("categories", "directory.validation.offer.term-unknown",
                            "Unknown taxonomy term " + classification.termId()));
            classifications.add(new Classification(term.id().value(), term.taxonomy(), term.code()));
        }
        for (String area : content.serviceAreas()) {
            if (!MunicipalityKey.isValid(area) || geography.municipality(MunicipalityKey.of(area)).isEmpty()) {
                throw new DirectoryRuleViolation("serviceAreas", "directory.validation.municipality.unknown",
                        "Unknown municipality " + area);
            }
        }
        return new OfferContent(content.name(), content.description(), content.feesNote(), content.eligibilityNote(),
                content.applicationNote(), content.alert(), content.url(), content.email(), content.phone(),
                content.onlineUrl(), content.flags(), content.wholeDistrict(), content.minAge(), content.maxAge(),
                content.validFrom(), content.validUntil(), content.course(), classifications, content.languages(),
                content.serviceAreas(), sites, content.contacts(), content.schedules());
    }

    private static SiteData snapshot(Location location, @Nullable String description) {
        return new SiteData(location.id().value(), description,
                location.coordinates().map(c -> c.latitude()).orElse(null),
                location.coordinates().map(c -> c.longitude()).orElse(null),
                location.municipality().map(MunicipalityKey::value).orElse(null),
                location.address().postalCode(), location.address().city());
    }

    private List<Location> locationsOf(OrganisationId organisation) {
        return entityManager.createQuery(
                        "select l from Location l where l.organisationId = :organisation order by l.name",
                        Location.class)
                .setParameter("organisation", organisation.value())
                .getResultList();
    }

    private List<ContactPerson> contactsOf(OrganisationId organisation) {
        return entityManager.createQuery(
                        "select c from ContactPerson c where c.organisation.id = :organisation order by c.name",
                        ContactPerson.class)
                .setParameter("organisation", organisation.value())
                .getResultList();
    }

    private static Specification<Offer> visible(OrganisationScope scope) {
        return (root, query, cb) -> {
            List<Predicate> visible = new ArrayList<>();
            if (!scope.districts().isEmpty()) {
                visible.add(root.get("districtKey").in(scope.districts().stream().map(DistrictKey::value).toList()));
            }
            if (!scope.organisations().isEmpty()) {
                visible.add(root.get("organisationId").in(
                        scope.organisations().stream().map(OrganisationId::value).toList()));
            }
            return cb.or(visible.toArray(Predicate[]::new));
        };
    }

    /** In review, or published with a pending revision, in the districts the scope coordinates or administers. */
    private static Specification<Offer> waitingForReview(OrganisationScope scope) {
        return (root, query, cb) -> cb.and(
                root.get("districtKey").in(scope.districts().stream().map(DistrictKey::value).toList()),
                cb.or(cb.equal(root.get("status"), OfferStatus.IN_REVIEW), cb.isNotNull(root.get("pendingRevision"))));
    }

    private static Specification<Offer> matching(OfferFilter filter) {
        return (root, query, cb) -> {
            List<Predicate> all = new ArrayList<>();
            String text = filter.text() == null ? "" : filter.text().strip();
            if (!text.isEmpty()) {
                List<Predicate> any = new ArrayList<>();
                String folded = Folding.name(text);
                if (!folded.isEmpty()) {
                    any.add(cb.like(root.get("nameKey"), "%" + escape(folded) + "%", '\\'));
                }
                uuid(text).ifPresent(id -> any.add(cb.equal(root.get("id"), id)));
                all.add(any.isEmpty() ? cb.disjunction() : cb.or(any.toArray(Predicate[]::new)));
            }
            if (filter.status() != null) {
                all.add(cb.equal(root.get("status"), filter.status()));
            }
            if (filter.organisation() != null) {
                all.add(cb.equal(root.get("organisationId"), filter.organisation().value()));
            }
            if (filter.category() != null && !filter.category().isBlank()) {
                String code = filter.category().strip();
                Subquery<UUID> classified = query.subquery(UUID.class);
                Root<Offer> offer = classified.from(Offer.class);
                Join<Offer, Classification> term = offer.join("classifications");
                classified.select(offer.get("id")).where(cb.equal(offer.get("id"), root.get("id")),
                        cb.equal(term.get("taxonomy"), TaxonomyCatalog.CATEGORIES),
                        cb.or(cb.equal(term.get("code"), code), cb.like(term.get("code"), escape(code) + ".%", '\\')));
                all.add(cb.exists(classified));
            }
            if (filter.municipality() != null) {
                String ags = filter.municipality().value();
                Subquery<UUID> located = query.subquery(UUID.class);
                Root<Offer> offer = located.from(Offer.class);
                Join<Offer, OfferSite> site = offer.join("sites");
                located.select(offer.get("id")).where(cb.equal(offer.get("id"), root.get("id")),
                        cb.equal(site.get("municipalityKey"), ags));
                all.add(cb.or(cb.exists(located),
                        cb.isMember(ags, root.<Collection<String>>get("serviceAreas")),
                        cb.and(cb.isTrue(root.get("wholeDistrict")),
                                cb.equal(root.get("districtKey"), filter.municipality().district().value()))));
            }
            return cb.and(all.toArray(Predicate[]::new));
        };
    }

    private static String escape(String value) {
        return value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    private static Optional<UUID> uuid(String text) {
        try {
            return text.length() == 36 ? Optional.of(UUID.fromString(text)) : Optional.empty();
        } catch (IllegalArgumentException notAnId) {
            return Optional.empty();
        }
    }
}
