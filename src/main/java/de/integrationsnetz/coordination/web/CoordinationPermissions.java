package de.integrationsnetz.coordination.web;

import de.integrationsnetz.identity.CurrentUser;
import de.integrationsnetz.identity.Role;
import de.integrationsnetz.identity.RoleGrant;
import de.integrationsnetz.shared.DistrictKey;
import java.util.List;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.server.ResponseStatusException;

/**
 * Who may do what in the coordination's back office, and in which district. County admins manage their own
 * district; coordinators read it; the state observer sees only aggregates of all districts. Another district's
 * office or coordinator is answered with 404, as if it did not exist.
 */
final class CoordinationPermissions {

    static final String MANAGE = "hasRole('COUNTY_ADMIN')";
    static final String READ = "hasAnyRole('COUNTY_ADMIN', 'COORDINATOR')";
    static final String OVERVIEW = "hasAnyRole('COUNTY_ADMIN', 'COORDINATOR', 'STATE_OBSERVER')";

    private CoordinationPermissions() {}

    /** The district whose data the user reads (county admin or coordinator there), if any. */
    static Optional<DistrictKey> readableDistrict(CurrentUser user) {
        return districtWith(user, Role.COUNTY_ADMIN, Role.COORDINATOR);
    }

    /** The district the user reads; denies users without a district-scoped coordination role. */
    static DistrictKey readDistrict(CurrentUser user) {
        return readableDistrict(user).orElseThrow(() -> new AccessDeniedException("No coordination district"));
    }

    /** The district the user manages as county admin; denies everyone else. */
    static DistrictKey manageDistrict(CurrentUser user) {
        return districtWith(user, Role.COUNTY_ADMIN).orElseThrow(() -> new AccessDeniedException("Not a county admin"));
    }

    static ResponseStatusException notFound(Object id) {
        return new ResponseStatusException(HttpStatus.NOT_FOUND, "Not found in your district: " + id);
    }

    private static Optional<DistrictKey> districtWith(CurrentUser user, Role... roles) {
        return user.grants().stream()
                .filter(grant -> grant.district() != null && List.of(roles).contains(grant.role()))
                .map(RoleGrant::district)
                .findFirst();
    }
}
