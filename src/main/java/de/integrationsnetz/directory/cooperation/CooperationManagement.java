package de.integrationsnetz.directory.cooperation;

import de.integrationsnetz.coordination.CoordinationQueries;
import de.integrationsnetz.coordination.CoordinatorId;
import de.integrationsnetz.coordination.CoordinatorSummary;
import de.integrationsnetz.directory.CooperationId;
import de.integrationsnetz.directory.OrganisationId;
import de.integrationsnetz.directory.access.NotInScope;
import de.integrationsnetz.directory.common.DirectoryRuleViolation;
import de.integrationsnetz.identity.CurrentUser;
import de.integrationsnetz.shared.DistrictKey;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads and changes cooperations on behalf of a user, always within one district ({@link CooperationAccess}):
 * coordinators and county admins read and edit their district's cooperations, municipality staff read those that
 * involve an organisation of their municipality. Both organisations lie in the cooperation's district; a coordinator
 * partner is an active coordinator of that district. The same relation (same type and sides; either order for
 * symmetric types) may not run twice at the same time. A district has a few hundred cooperations at most, so lists
 * are filtered, sorted and paged in memory (sorting by the sides' names needs names from two modules anyway).
 */
@Service
@Transactional
public class CooperationManagement {

    private final CooperationRepository cooperations;
    private final CooperationAccess access;
    private final DistrictOrganisations organisations;
    private final CoordinationQueries coordination;
    private final EntityManager entityManager;
    private final Clock clock;

    CooperationManagement(CooperationRepository cooperations, CooperationAccess access,
            DistrictOrganisations organisations, CoordinationQueries coordination, EntityManager entityManager,
            Clock clock) {
        this.cooperations = cooperations;
        this.access = access;
        this.organisations = organisations;
        this.coordination = coordination;
        this.entityManager = entityManager;
        this.clock = clock;
    }

    // --- queries -----------------------------------------------------------------------------------------------

    /** The user's scope (denied for roles without one). */
    @Transactional(readOnly = true)
    public NetworkScope scope(CurrentUser user) {
        return access.scope(user);
    }

    /** Today in the application's clock: what "current" means. */
    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** The cooperations the user may see that match the filter, one page, sorted. */
    @Transactional(readOnly = true)
    public Page<CooperationListItem> list(CurrentUser user, CooperationFilter filter, CooperationSort sort,
            boolean descending, Pageable pageable) {
        NetworkScope scope = access.scope(user);
        Map<OrganisationId, NetworkOrganisation> district = organisations.of(scope.district());
        Map<UUID, CoordinatorSummary> coordinators = coordinatorsById(scope.district());
        LocalDate today = today();
        List<CooperationListItem> matching = cooperations.findByDistrictKey(scope.district().value()).stream()
                .filter(c -> covers(scope, c, district))
                .filter(c -> filter.type() == null || c.type() == filter.type())
                .filter(c -> filter.organisation() == null || c.involves(filter.organisation()))
                .filter(c -> !filter.currentOnly() || c.isCurrentOn(today))
                .map(c -> item(c, district, coordinators, today))
                .sorted(sort.comparator(descending))
                .toList();
        int from = (int) Math.min(pageable.getOffset(), matching.size());
        int to = Math.min(from + pageable.getPageSize(), matching.size());
        return new PageImpl<>(matching.subList(from, to), pageable, matching.size());
    }

    /** One cooperation, for its edit form. */
    @Transactional(readOnly = true)
    public CooperationListItem get(CooperationId id, CurrentUser user) {
        Cooperation cooperation = load(id, user);
        return item(cooperation, organisations.of(cooperation.district()), coordinatorsById(cooperation.district()),
                today());
    }

    /** The organisations the user may pick or filter by, in name order. */
    @Transactional(readOnly = true)
    public List<NetworkOrganisation> organisationsFor(CurrentUser user) {
        NetworkScope scope = access.scope(user);
        return organisations.of(scope.district()).values().stream().filter(scope::covers).toList();
    }

    /** The district's active coordinators, the partners a cooperation may name. */
    @Transactional(readOnly = true)
    public List<CoordinatorSummary> coordinatorsFor(CurrentUser user) {
        return coordination.coordinatorsOf(access.scope(user).district());
    }

    /** Every cooperation of the district with both sides' names (for the network view). */
    @Transactional(readOnly = true)
    List<CooperationListItem> allOf(DistrictKey district, Map<OrganisationId, NetworkOrganisation> organisations,
            Map<UUID, CoordinatorSummary> coordinators) {
        LocalDate today = today();
        return cooperations.findByDistrictKey(district.value()).stream()
                .map(c -> item(c, organisations, coordinators, today))
                .toList();
    }

    /** How many cooperations name the organisation on either side. */
    @Transactional(readOnly = true)
    public long countInvolving(OrganisationId organisation) {
        return cooperations.countInvolving(organisation.value());
    }

    /** Whether a cooperation with this id exists (in any district). */
    @Transactional(readOnly = true)
    public boolean exists(CooperationId id) {
        return cooperations.existsById(id.value());
    }

    // --- commands ----------------------------------------------------------------------------------------------

    /** Creates a cooperation in the user's district. */
    public CooperationId create(CurrentUser user, CooperationDetails details) {
        NetworkScope scope = access.editScope(user);
        return register(CooperationId.random(), scope.district(), details, false);
    }

    /**
     * Changes a cooperation.
     *
     * @param expectedVersion the version the user's form was based on
     * @throws ObjectOptimisticLockingFailureException when someone else changed it in the meantime
     */
    public void change(CooperationId id, CurrentUser user, long expectedVersion, CooperationDetails details) {
        Cooperation cooperation = load(id, user);
        access.editScope(user);
        if (cooperation.version() != expectedVersion) {
            throw new ObjectOptimisticLockingFailureException(Cooperation.class, id);
        }
        Cooperation.check(details);
        checkSides(cooperation.district(), details, cooperation.coordinator().orElse(null), cooperation.id());
        cooperation.change(details, clock.instant());
    }

    /** Deletes a cooperation (to keep its history, end it instead: set its last day). */
    public void remove(CooperationId id, CurrentUser user) {
        Cooperation cooperation = load(id, user);
        access.editScope(user);
        cooperations.delete(cooperation);
    }

    /**
     * Creates a cooperation with a given id in a district, without a user's scope: for demo data and imports, which
     * keep the same rules (sides in the district, no duplicate).
     */
    public CooperationId register(CooperationId id, DistrictKey district, CooperationDetails details, boolean demo) {
        Cooperation.check(details);
        checkSides(district, details, null, null);
        Cooperation cooperation = new Cooperation(id, district, details, clock.instant(), demo);
        // persist, not save: the id is assigned, so save would merge (an extra select and a version bump).
        entityManager.persist(cooperation);
        return cooperation.id();
    }

    // --- helpers -----------------------------------------------------------------------------------------------

    private Cooperation load(CooperationId id, CurrentUser user) {
        Cooperation cooperation = cooperations.findById(id.value()).orElseThrow(() -> new NotInScope(id));
        NetworkScope scope = access.scope(user);
        access.requireDistrict(user, scope, cooperation.district(), id);
        return cooperation;
    }

    private void checkSides(DistrictKey district, CooperationDetails details, @Nullable CoordinatorId previous,
            @Nullable CooperationId self) {
        requireOrganisation(district, details.organisation(), "organisation");
        if (details.partnerOrganisation() != null) {
            requireOrganisation(district, details.partnerOrganisation(), "partnerOrganisation");
        }
        if (details.coordinator() != null && !details.coordinator().equals(previous)
                && coordination.coordinatorsOf(district).stream().noneMatch(c -> c.id().equals(details.coordinator()))) {
            throw new DirectoryRuleViolation("coordinator", "directory.validation.cooperation.unknown-coordinator",
                    "No active coordinator " + details.coordinator() + " in district " + district);
        }
        boolean duplicate = cooperations.findByDistrictKey(district.value()).stream()
                .filter(c -> self == null || !c.id().equals(self))
                .anyMatch(c -> c.isSameRelationAs(details) && c.overlaps(details.validFrom(), details.validUntil()));
        if (duplicate) {
            throw new DirectoryRuleViolation(details.coordinator() != null ? "coordinator" : "partnerOrganisation",
                    "directory.validation.cooperation.duplicate", "The same cooperation already runs at that time");
        }
    }

    private void requireOrganisation(DistrictKey district, OrganisationId id, String field) {
        boolean inDistrict = organisations.find(id).filter(o -> o.district().equals(district)).isPresent();
        if (!inDistrict) {
            throw new DirectoryRuleViolation(field, "directory.validation.cooperation.unknown-organisation",
                    "No organisation " + id + " in district " + district);
        }
    }

    private boolean covers(NetworkScope scope, Cooperation cooperation,
            Map<OrganisationId, NetworkOrganisation> district) {
        if (!scope.limited()) {
            return true;
        }
        NetworkOrganisation organisation = district.get(cooperation.organisation());
        NetworkOrganisation partner = cooperation.partnerOrganisation().map(district::get).orElse(null);
        return (organisation != null && scope.covers(organisation)) || (partner != null && scope.covers(partner));
    }

    Map<UUID, CoordinatorSummary> coordinatorsById(DistrictKey district) {
        return coordination.coordinatorsOf(district).stream()
                .collect(Collectors.toMap(c -> c.id().value(), Function.identity(), (a, b) -> a));
    }

    private static CooperationListItem item(Cooperation cooperation,
            Map<OrganisationId, NetworkOrganisation> organisations, Map<UUID, CoordinatorSummary> coordinators,
            LocalDate today) {
        Party organisation = organisationParty(cooperation.organisation().value(),
                organisations.get(cooperation.organisation()));
        Party partner = cooperation.partnerOrganisation()
                .map(id -> organisationParty(id.value(), organisations.get(id)))
                .orElseGet(() -> coordinatorParty(Objects.requireNonNull(cooperation.coordinator().orElse(null)).value(),
                        coordinators));
        return new CooperationListItem(cooperation.id(), cooperation.type(), organisation, partner,
                cooperation.validFrom(), cooperation.validUntil(), cooperation.note(), cooperation.isCurrentOn(today),
                cooperation.isDemo(), cooperation.version());
    }

    static Party organisationParty(UUID id, @Nullable NetworkOrganisation organisation) {
        return new Party(Party.Kind.ORGANISATION, id, organisation == null ? null : organisation.name(),
                organisation == null ? null : organisation.type(), null);
    }

    static Party coordinatorParty(UUID id, Map<UUID, CoordinatorSummary> coordinators) {
        CoordinatorSummary coordinator = coordinators.get(id);
        return new Party(Party.Kind.COORDINATOR, id, coordinator == null ? null : coordinator.displayName(), null,
                coordinator == null ? null : coordinator.officeName());
    }
}
