package de.integrationsnetz.identity;

import de.integrationsnetz.shared.DistrictKey;
import de.integrationsnetz.shared.MunicipalityKey;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One role of a user and where it applies: a district (tenant), optionally narrowed to one municipality or one
 * organisation. Statewide roles (state observer, operator) have no district.
 */
public record RoleGrant(
        Role role, @Nullable DistrictKey district, @Nullable MunicipalityKey municipality, @Nullable UUID organisation) {

    public RoleGrant {
        if (role == null) {
            throw new IllegalArgumentException("A role grant needs a role");
        }
        if (municipality != null && district != null && !municipality.district().equals(district)) {
            throw new IllegalArgumentException("Municipality " + municipality + " is not in district " + district);
        }
        if (municipality != null && district == null) {
            district = municipality.district();
        }
    }

    public static RoleGrant inDistrict(Role role, DistrictKey district) {
        return new RoleGrant(role, district, null, null);
    }

    public static RoleGrant statewide(Role role) {
        return new RoleGrant(role, null, null, null);
    }
}
