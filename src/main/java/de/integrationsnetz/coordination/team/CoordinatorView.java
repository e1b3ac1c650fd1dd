package de.integrationsnetz.coordination.team;

import de.integrationsnetz.coordination.CoordinatorId;
import de.integrationsnetz.coordination.OfficeId;
import de.integrationsnetz.identity.AccountId;
import de.integrationsnetz.shared.DistrictKey;
import de.integrationsnetz.shared.MunicipalityKey;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.SortedSet;
import org.jspecify.annotations.Nullable;

/** A coordinator as the back office shows it (personal data: only for users of the same district). */
public record CoordinatorView(CoordinatorId id, DistrictKey district, String fullName, OfficeId officeId,
        String officeName, BigDecimal fte, LocalDate startDate, @Nullable LocalDate endDate, String programmeBasis,
        int fundingSharePercent, @Nullable String workPhone, @Nullable String workEmail, PublicationConsent consent,
        SortedSet<MunicipalityKey> municipalities, @Nullable AccountId account, boolean demo, long version,
        Status status) {

    /** Where a coordinator stands today. */
    public enum Status {
        /** Started and not ended: counts everywhere. */
        ACTIVE,
        /** Starts later: does not count yet. */
        PLANNED,
        /** End date in the past: does not count. */
        ENDED
    }

    public boolean active() {
        return status == Status.ACTIVE;
    }

    static CoordinatorView of(Coordinator coordinator, String officeName, LocalDate today) {
        Status status = coordinator.isActiveOn(today) ? Status.ACTIVE
                : coordinator.hasEndedBefore(today) ? Status.ENDED : Status.PLANNED;
        return new CoordinatorView(coordinator.id(), coordinator.district(), coordinator.fullName(),
                coordinator.office(), officeName, coordinator.fte(), coordinator.startDate(), coordinator.endDate(),
                coordinator.programmeBasis(), coordinator.fundingSharePercent(), coordinator.workPhone(),
                coordinator.workEmail(), coordinator.consent(), coordinator.municipalities(), coordinator.account(),
                coordinator.isDemo(), coordinator.version(), status);
    }
}
