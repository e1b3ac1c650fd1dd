package de.integrationsnetz.coordination;

import de.integrationsnetz.shared.MunicipalityKey;
import java.util.List;

/**
 * An active coordinator as the district's own back office sees them (for example in the directory's network view):
 * internal data for logged-in staff of the district, shown regardless of the publication consent, which governs only
 * the public pages.
 *
 * @param displayName the coordinator's full name
 * @param officeName the name of the office they work from
 * @param municipalities the municipalities they look after, sorted by key
 */
public record CoordinatorSummary(CoordinatorId id, String displayName, String officeName,
        List<MunicipalityKey> municipalities) {

    public CoordinatorSummary {
        municipalities = List.copyOf(municipalities);
    }

    /** Whether this coordinator looks after the municipality. */
    public boolean looksAfter(MunicipalityKey municipality) {
        return municipalities.contains(municipality);
    }
}
