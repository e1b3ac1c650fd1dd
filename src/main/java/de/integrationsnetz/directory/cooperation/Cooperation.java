package de.integrationsnetz.directory.cooperation;

import de.integrationsnetz.coordination.CoordinatorId;
import de.integrationsnetz.directory.CooperationId;
import de.integrationsnetz.directory.OrganisationId;
import de.integrationsnetz.directory.common.DirectoryRuleViolation;
import de.integrationsnetz.shared.DistrictKey;
import de.integrationsnetz.shared.DistrictScoped;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A typed, dated relation of an organisation with a partner: another organisation of the same district, or a
 * coordinator. Invariants: exactly one partner; an organisation does not cooperate with itself; the end is not before
 * the start. Directed types ({@link CooperationType#isDirected()}) lead from the organisation to the partner;
 * symmetric ones are the same relation whichever side is named first.
 */
@Entity
@Table(name = "cooperations", schema = "directory")
public class Cooperation implements DistrictScoped {

    static final int NOTE_MAX = 2_000;

    @Id
    private UUID id;

    @Column(name = "district_key", nullable = false, length = 5)
    private String districtKey;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private CooperationType type;

    @Column(name = "organisation_id", nullable = false)
    private UUID organisationId;

    @Column(name = "partner_organisation_id")
    private @Nullable UUID partnerOrganisationId;

    @Column(name = "coordinator_id")
    private @Nullable UUID coordinatorId;

    @Column(name = "valid_from", nullable = false)
    private LocalDate validFrom;

    @Column(name = "valid_until")
    private @Nullable LocalDate validUntil;

    @Column(columnDefinition = "text")
    private @Nullable String note;

    @Column(nullable = false)
    private boolean demo;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected Cooperation() {}

    public Cooperation(CooperationId id, DistrictKey district, CooperationDetails details, Instant now, boolean demo) {
        this.id = id.value();
        this.districtKey = district.value();
        this.demo = demo;
        this.createdAt = now;
        apply(details, now);
    }

    /** Replaces everything a user edits. */
    public void change(CooperationDetails details, Instant now) {
        apply(details, now);
    }

    private void apply(CooperationDetails details, Instant now) {
        check(details);
        this.type = details.type();
        this.organisationId = details.organisation().value();
        this.partnerOrganisationId = details.partnerOrganisation() == null ? null : details.partnerOrganisation().value();
        this.coordinatorId = details.coordinator() == null ? null : details.coordinator().value();
        this.validFrom = details.validFrom();
        this.validUntil = details.validUntil();
        this.note = details.note();
        this.updatedAt = now;
    }

    /**
     * Checks the rules every cooperation keeps, before anything else looks at the details.
     *
     * @throws DirectoryRuleViolation naming the field and the message key of the broken rule
     */
    public static void check(CooperationDetails details) {
        if (details.type() == null) {
            throw new DirectoryRuleViolation("type", "directory.validation.required", "A cooperation needs a type");
        }
        if (details.organisation() == null) {
            throw new DirectoryRuleViolation("organisation", "directory.validation.required",
                    "A cooperation needs an organisation");
        }
        if (details.partnerOrganisation() == null && details.coordinator() == null) {
            throw new DirectoryRuleViolation("partnerOrganisation", "directory.validation.cooperation.partner-missing",
                    "A cooperation needs a partner organisation or a coordinator");
        }
        if (details.partnerOrganisation() != null && details.coordinator() != null) {
            throw new DirectoryRuleViolation("partnerOrganisation", "directory.validation.cooperation.two-partners",
                    "A cooperation has either a partner organisation or a coordinator, not both");
        }
        if (details.organisation().equals(details.partnerOrganisation())) {
            throw new DirectoryRuleViolation("partnerOrganisation", "directory.validation.cooperation.self",
                    "An organisation cannot cooperate with itself");
        }
        if (details.validFrom() == null) {
            throw new DirectoryRuleViolation("validFrom", "directory.validation.required", "A cooperation needs a start");
        }
        if (details.validUntil() != null && details.validUntil().isBefore(details.validFrom())) {
            throw new DirectoryRuleViolation("validUntil", "directory.validation.cooperation.end-before-start",
                    "The end " + details.validUntil() + " is before the start " + details.validFrom());
        }
        if (details.note() != null && details.note().length() > NOTE_MAX) {
            throw new DirectoryRuleViolation("note", "directory.validation.too-long", "The note is too long");
        }
    }

    /** Whether the cooperation runs on this day (from its start up to and including its last day). */
    public boolean isCurrentOn(LocalDate day) {
        return !validFrom.isAfter(day) && (validUntil == null || !validUntil.isBefore(day));
    }

    /** Whether the two periods share at least one day. */
    public boolean overlaps(LocalDate from, @Nullable LocalDate until) {
        boolean startsBeforeOtherEnds = until == null || !validFrom.isAfter(until);
        boolean otherStartsBeforeThisEnds = validUntil == null || !from.isAfter(validUntil);
        return startsBeforeOtherEnds && otherStartsBeforeThisEnds;
    }

    /**
     * Whether the details describe the same relation: same type and the same two sides; for a symmetric type the
     * order of the sides does not matter, for a directed one it does.
     */
    public boolean isSameRelationAs(CooperationDetails other) {
        if (other.type() != type) {
            return false;
        }
        UUID otherOrganisation = other.organisation().value();
        UUID otherPartner = other.partnerOrganisation() == null ? null : other.partnerOrganisation().value();
        UUID otherCoordinator = other.coordinator() == null ? null : other.coordinator().value();
        if (coordinatorId != null || otherCoordinator != null) {
            return Objects.equals(coordinatorId, otherCoordinator) && organisationId.equals(otherOrganisation);
        }
        boolean sameWay = organisationId.equals(otherOrganisation) && Objects.equals(partnerOrganisationId, otherPartner);
        boolean reversed = organisationId.equals(otherPartner) && Objects.equals(partnerOrganisationId, otherOrganisation);
        return sameWay || (!type.isDirected() && reversed);
    }

    /** Whether the organisation is one of the two sides. */
    public boolean involves(OrganisationId organisation) {
        return organisationId.equals(organisation.value()) || organisation.value().equals(partnerOrganisationId);
    }

    public CooperationId id() {
        return CooperationId.of(id);
    }

    public DistrictKey district() {
        return DistrictKey.of(districtKey);
    }

    @Override
    public DistrictKey owningDistrict() {
        return district();
    }

    public CooperationType type() {
        return type;
    }

    public boolean isDirected() {
        return type.isDirected();
    }

    public OrganisationId organisation() {
        return OrganisationId.of(organisationId);
    }

    public Optional<OrganisationId> partnerOrganisation() {
        return Optional.ofNullable(partnerOrganisationId).map(OrganisationId::of);
    }

    public Optional<CoordinatorId> coordinator() {
        return Optional.ofNullable(coordinatorId).map(CoordinatorId::new);
    }

    public LocalDate validFrom() {
        return validFrom;
    }

    public @Nullable LocalDate validUntil() {
        return validUntil;
    }

    public @Nullable String note() {
        return note;
    }

    public boolean isDemo() {
        return demo;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public long version() {
        return version;
    }

    /** Everything a user edits, as it is now. */
    public CooperationDetails details() {
        return new CooperationDetails(type, organisation(), partnerOrganisation().orElse(null),
                coordinator().orElse(null), validFrom, validUntil, note);
    }

    @Override
    public String toString() {
        return "Cooperation[" + id + "]";
    }
}
