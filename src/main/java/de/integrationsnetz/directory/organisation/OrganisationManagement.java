package de.integrationsnetz.directory.organisation;

import de.integrationsnetz.directory.CoordinateSource;
import de.integrationsnetz.directory.Coordinates;
import de.integrationsnetz.directory.OrganisationId;
import de.integrationsnetz.directory.access.DirectoryAccess;
import de.integrationsnetz.directory.access.Intent;
import de.integrationsnetz.directory.access.NotInScope;
import de.integrationsnetz.directory.access.OrganisationScope;
import de.integrationsnetz.directory.common.DirectoryRuleViolation;
import de.integrationsnetz.directory.common.Folding;
import de.integrationsnetz.directory.common.PostalCodePlaces;
import de.integrationsnetz.geography.GeographyQueries;
import de.integrationsnetz.identity.CurrentUser;
import de.integrationsnetz.shared.DistrictKey;
import de.integrationsnetz.shared.MunicipalityKey;
import jakarta.persistence.EntityManager;
import jakarta.persistence.criteria.Predicate;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads and changes organisations and their contact persons on behalf of a user, always within the user's scope
 * ({@link DirectoryAccess}). Edits carry the version the user saw, so a concurrent change is reported instead of
 * being overwritten. Coordinates follow the postal code unless a user set them.
 */
@Service
@Transactional
public class OrganisationManagement {

    private final OrganisationRepository organisations;
    private final DirectoryAccess access;
    private final PostalCodePlaces places;
    private final GeographyQueries geography;
    private final List<OrganisationDependents> dependents;
    private final EntityManager entityManager;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    OrganisationManagement(OrganisationRepository organisations, DirectoryAccess access, PostalCodePlaces places,
            GeographyQueries geography, List<OrganisationDependents> dependents, EntityManager entityManager,
            Clock clock, ApplicationEventPublisher events) {
        this.organisations = organisations;
        this.events = events;
        this.entityManager = entityManager;
        this.access = access;
        this.places = places;
        this.geography = geography;
        this.dependents = List.copyOf(dependents);
        this.clock = clock;
    }

    // --- queries -----------------------------------------------------------------------------------------------

    /** The organisations the user may see that match the filter, one page, in the pageable's order. */
    @Transactional(readOnly = true)
    public Page<OrganisationListItem> list(CurrentUser user, OrganisationFilter filter, Pageable pageable) {
        OrganisationScope scope = access.scope(user);
        if (scope.isEmpty()) {
            return Page.empty(pageable);
        }
        return organisations.findAll(matching(scope, filter), pageable).map(OrganisationListItem::of);
    }

    /** One organisation with its contact persons. */
    @Transactional(readOnly = true)
    public OrganisationView get(OrganisationId id, CurrentUser user) {
        return OrganisationView.of(load(id, user, Intent.READ));
    }

    /** Checks the user's access to an organisation and returns what dependent data needs to know about it. */
    @Transactional(readOnly = true)
    public OrganisationRef require(OrganisationId id, CurrentUser user, Intent intent) {
        Organisation organisation = load(id, user, intent);
        return new OrganisationRef(organisation.id(), organisation.district(), organisation.name(),
                organisation.isDemo());
    }

    /** Organisations of the district with the same (folded) name and address, for the duplicate warning. */
    @Transactional(readOnly = true)
    public List<OrganisationListItem> sameNameAndAddress(DistrictKey district, OrganisationDetails details) {
        return organisations.findByDistrictKeyAndNameKeyAndAddressKey(district.value(), Folding.name(details.name()),
                        Folding.address(details.address().street(), details.address().postalCode()))
                .stream()
                .map(OrganisationListItem::of)
                .toList();
    }

    /** What deleting the organisation would remove, and what keeps it from being deleted. */
    @Transactional(readOnly = true)
    public RemovalCheck removalCheck(OrganisationId id, CurrentUser user) {
        Organisation organisation = load(id, user, Intent.MANAGE);
        return removalCheck(organisation);
    }

    private RemovalCheck removalCheck(Organisation organisation) {
        List<RemovalCheck.Blocker> blockers = new ArrayList<>();
        for (OrganisationDependents dependent : dependents) {
            long count = dependent.countFor(organisation.id());
            if (count > 0) {
                blockers.add(new RemovalCheck.Blocker(dependent.messageKey(), count));
            }
        }
        return new RemovalCheck(OrganisationView.of(organisation), organisation.contacts().size(), blockers);
    }

    /** One contact person of an organisation. */
    @Transactional(readOnly = true)
    public ContactPersonView contact(OrganisationId id, UUID contactId, CurrentUser user) {
        return load(id, user, Intent.READ).contact(contactId)
                .map(ContactPersonView::of)
                .orElseThrow(() -> new NotInScope(contactId));
    }

    // --- commands ----------------------------------------------------------------------------------------------

    /**
     * Creates an organisation in the district the user coordinates or administers.
     *
     * @param coordinates set by the user; {@code null} to take them from the postal code
     * @param acknowledgeDuplicate whether the user has seen the possible duplicates and wants it anyway
     * @throws PossibleDuplicate when the district has one with the same name and address and it was not acknowledged
     */
    public OrganisationId create(CurrentUser user, OrganisationDetails details, @Nullable Coordinates coordinates,
            boolean acknowledgeDuplicate) {
        DistrictKey district = access.managedDistrict(user);
        if (!acknowledgeDuplicate) {
            List<OrganisationListItem> matches = sameNameAndAddress(district, details);
            if (!matches.isEmpty()) {
                throw new PossibleDuplicate(matches);
            }
        }
        return register(OrganisationId.random(), district, details, coordinates, false);
    }

    /**
     * Changes an organisation's details.
     *
     * @param expectedVersion the version the user's form was based on
     * @throws ObjectOptimisticLockingFailureException when someone else changed it in the meantime
     */
    public void change(OrganisationId id, CurrentUser user, long expectedVersion, OrganisationDetails details,
            @Nullable Coordinates coordinates) {
        Organisation organisation = load(id, user, Intent.EDIT);
        checkVersion(organisation.version(), expectedVersion, Organisation.class, id);
        OrganisationDetails checked = checkMunicipalities(organisation.district(), details, coordinates);
        String oldName = organisation.name();
        organisation.change(checked, clock.instant());
        place(organisation, coordinates);
        if (!organisation.name().equals(oldName)) {
            events.publishEvent(new OrganisationRenamed(id, organisation.name()));
        }
    }

    /**
     * Deletes an organisation together with its contact persons.
     *
     * @throws OrganisationInUse while locations (or, later, offers and cooperations) refer to it
     */
    public void remove(OrganisationId id, CurrentUser user) {
        Organisation organisation = load(id, user, Intent.MANAGE);
        RemovalCheck check = removalCheck(organisation);
        if (!check.removable()) {
            throw new OrganisationInUse(check.blockers());
        }
        organisations.delete(organisation);
    }

    /** Adds a contact person to the organisation; returns the new person's id. */
    public UUID addContact(OrganisationId id, CurrentUser user, ContactDetails details) {
        Organisation organisation = load(id, user, Intent.EDIT);
        UUID contactId = UUID.randomUUID();
        organisation.addContact(contactId, details, clock.instant());
        return contactId;
    }

    /**
     * Changes a contact person.
     *
     * @throws ObjectOptimisticLockingFailureException when someone else changed the person in the meantime
     */
    public void changeContact(OrganisationId id, UUID contactId, CurrentUser user, long expectedVersion,
            ContactDetails details) {
        Organisation organisation = load(id, user, Intent.EDIT);
        ContactPerson contact = organisation.contact(contactId).orElseThrow(() -> new NotInScope(contactId));
        checkVersion(contact.version(), expectedVersion, ContactPerson.class, contactId);
        organisation.changeContact(contactId, details, clock.instant());
    }

    /** Deletes a contact person and with it their personal data. */
    public void removeContact(OrganisationId id, UUID contactId, CurrentUser user) {
        Organisation organisation = load(id, user, Intent.EDIT);
        try {
            organisation.removeContact(contactId);
        } catch (NoSuchElementException gone) {
            throw new NotInScope(contactId);
        }
    }

    // --- without a user: demo data and imports -----------------------------------------------------------------

    /** Whether an organisation with this id exists (in any district). */
    @Transactional(readOnly = true)
    public boolean exists(OrganisationId id) {
        return organisations.existsById(id.value());
    }

    /**
     * Creates an organisation with a given id, without a user's scope and without the duplicate warning: for demo
     * data and imports, which check their own input.
     */
    public OrganisationId register(OrganisationId id, DistrictKey district, OrganisationDetails details,
            @Nullable Coordinates coordinates, boolean demo) {
        OrganisationDetails checked = checkMunicipalities(district, details, coordinates);
        Organisation organisation = new Organisation(id, district, checked, clock.instant(), demo);
        place(organisation, coordinates);
        // persist, not save: the id is assigned, so save would merge (an extra select and a version bump).
        entityManager.persist(organisation);
        return organisation.id();
    }

    /** Adds a contact person with a given id, without a user's scope: for demo data and imports. */
    public void registerContact(OrganisationId id, UUID contactId, ContactDetails details) {
        Organisation organisation = organisations.findById(id.value()).orElseThrow(() -> new NotInScope(id));
        organisation.addContact(contactId, details, clock.instant());
    }

    // --- helpers -----------------------------------------------------------------------------------------------

    private Organisation load(OrganisationId id, CurrentUser user, Intent intent) {
        Organisation organisation = organisations.findById(id.value()).orElseThrow(() -> new NotInScope(id));
        access.require(user, organisation.district(), organisation.id(), intent);
        return organisation;
    }

    private static void checkVersion(long actual, long expected, Class<?> type, Object id) {
        if (actual != expected) {
            throw new ObjectOptimisticLockingFailureException(type, id);
        }
    }

    /**
     * Every municipality must exist in the reference data (the entity checks that it lies in the district); a seat
     * left empty is taken from the postal code when that points to exactly one municipality of the district.
     */
    private OrganisationDetails checkMunicipalities(DistrictKey district, OrganisationDetails details,
            @Nullable Coordinates coordinates) {
        if (details.seatMunicipality() != null && geography.municipality(details.seatMunicipality()).isEmpty()) {
            throw new DirectoryRuleViolation("seatMunicipality", "directory.validation.municipality.unknown",
                    "Unknown municipality " + details.seatMunicipality());
        }
        for (MunicipalityKey served : details.servedMunicipalities()) {
            if (geography.municipality(served).isEmpty()) {
                throw new DirectoryRuleViolation("servedMunicipalities", "directory.validation.municipality.unknown",
                        "Unknown municipality " + served);
            }
        }
        if (details.seatMunicipality() != null) {
            return details;
        }
        Optional<MunicipalityKey> fromPostalCode = places.find(details.address().postalCode(), details.address().city())
                .flatMap(PostalCodePlaces.Place::onlyMunicipality)
                .filter(key -> key.district().equals(district));
        return fromPostalCode.map(details::withSeatMunicipality).orElse(details);
    }

    private void place(Organisation organisation, @Nullable Coordinates coordinates) {
        if (coordinates != null) {
            organisation.placeAt(coordinates, CoordinateSource.MAP);
            return;
        }
        places.find(organisation.address().postalCode(), organisation.address().city())
                .ifPresentOrElse(place -> organisation.placeAt(place.coordinates(), CoordinateSource.POSTAL_CODE),
                        () -> organisation.placeAt(null, null));
    }

    private static Specification<Organisation> matching(OrganisationScope scope, OrganisationFilter filter) {
        return (root, query, cb) -> {
            List<Predicate> visible = new ArrayList<>();
            if (!scope.districts().isEmpty()) {
                visible.add(root.get("districtKey").in(scope.districts().stream().map(DistrictKey::value).toList()));
            }
            if (!scope.organisations().isEmpty()) {
                visible.add(root.get("id").in(scope.organisations().stream().map(OrganisationId::value).toList()));
            }
            List<Predicate> all = new ArrayList<>();
            all.add(cb.or(visible.toArray(Predicate[]::new)));
            String text = filter.text() == null ? "" : filter.text().strip();
            if (!text.isEmpty()) {
                List<Predicate> any = new ArrayList<>();
                String folded = Folding.name(text);
                if (!folded.isEmpty()) {
                    any.add(cb.like(root.get("nameKey"), "%" + escape(folded) + "%", '\\'));
                }
                any.add(cb.like(cb.lower(root.get("address").get("city")),
                        "%" + escape(text.toLowerCase(Locale.GERMAN)) + "%", '\\'));
                uuid(text).ifPresent(id -> any.add(cb.equal(root.get("id"), id)));
                all.add(cb.or(any.toArray(Predicate[]::new)));
            }
            if (filter.type() != null) {
                all.add(cb.equal(root.get("type"), filter.type()));
            }
            if (filter.status() != null) {
                all.add(cb.equal(root.get("status"), filter.status()));
            }
            if (filter.municipality() != null) {
                String ags = filter.municipality().value();
                all.add(cb.or(cb.equal(root.get("municipalityKey"), ags),
                        cb.isMember(ags, root.<java.util.Collection<String>>get("servedMunicipalities"))));
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
