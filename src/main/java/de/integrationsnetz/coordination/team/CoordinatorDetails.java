package de.integrationsnetz.coordination.team;

import de.integrationsnetz.identity.AccountId;
import de.integrationsnetz.shared.MunicipalityKey;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What a county admin enters for a coordinator (the office is given separately).
 *
 * @param fte full-time equivalent (VzÄ), 0.1 to 1.0 with at most two decimals
 * @param programmeBasis the funding programme; {@code null} or blank means {@link Coordinator#DEFAULT_PROGRAMME}
 * @param fundingSharePercent share of the costs funded by the programme; {@code null} means
 *     {@link Coordinator#DEFAULT_FUNDING_SHARE}
 * @param consent which personal data may be published on the public page
 * @param account the coordinator's own login, if linked
 */
public record CoordinatorDetails(String fullName, BigDecimal fte, LocalDate startDate, @Nullable LocalDate endDate,
        @Nullable String programmeBasis, @Nullable Integer fundingSharePercent, @Nullable String workPhone,
        @Nullable String workEmail, PublicationConsent consent, Set<MunicipalityKey> municipalities,
        @Nullable AccountId account) {

    public CoordinatorDetails {
        municipalities = Set.copyOf(municipalities);
    }
}
