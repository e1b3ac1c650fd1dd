package de.integrationsnetz.directory.cooperation;

import de.integrationsnetz.coordination.CoordinatorId;
import de.integrationsnetz.directory.OrganisationId;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * Everything a user sets on a cooperation. The partner is either another organisation or a coordinator, never both.
 *
 * @param validUntil the last day; {@code null} for an open-ended cooperation
 */
public record CooperationDetails(CooperationType type, OrganisationId organisation,
        @Nullable OrganisationId partnerOrganisation, @Nullable CoordinatorId coordinator, LocalDate validFrom,
        @Nullable LocalDate validUntil, @Nullable String note) {

    public CooperationDetails {
        note = note == null || note.isBlank() ? null : note.strip();
    }
}
