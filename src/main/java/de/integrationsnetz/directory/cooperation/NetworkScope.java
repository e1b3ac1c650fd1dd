package de.integrationsnetz.directory.cooperation;

import de.integrationsnetz.shared.MunicipalityKey;
import de.integrationsnetz.shared.DistrictKey;
import java.util.Set;

/**
 * Which cooperations and network a user sees: one district; municipality staff only the organisations of their
 * municipalities (seat or served), read only. Coordinators and county admins see and edit the whole district.
 *
 * @param municipalities the municipalities the user is limited to; empty for the whole district
 */
public record NetworkScope(DistrictKey district, Set<MunicipalityKey> municipalities, boolean canEdit) {

    public NetworkScope {
        municipalities = Set.copyOf(municipalities);
    }

    /** Whether the user is limited to single municipalities. */
    public boolean limited() {
        return !municipalities.isEmpty();
    }

    public boolean covers(MunicipalityKey municipality) {
        return municipality.district().equals(district) && (!limited() || municipalities.contains(municipality));
    }

    public boolean covers(NetworkOrganisation organisation) {
        return organisation.district().equals(district)
                && (!limited() || municipalities.stream().anyMatch(organisation::belongsTo));
    }
}
