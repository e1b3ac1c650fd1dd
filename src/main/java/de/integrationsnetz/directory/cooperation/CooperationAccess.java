package de.integrationsnetz.directory.cooperation;

import de.integrationsnetz.directory.access.NotInScope;
import de.integrationsnetz.identity.CurrentUser;
import de.integrationsnetz.identity.Role;
import de.integrationsnetz.identity.RoleGrant;
import de.integrationsnetz.shared.DistrictKey;
import de.integrationsnetz.shared.MunicipalityKey;
import java.util.LinkedHashSet;
import java.util.Set;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Who sees and changes cooperations: coordinators and county admins their district (read and edit), municipality
 * staff the network of their own municipality (read only), nobody else. Another district's entries answer 404.
 */
@Component
public class CooperationAccess {

    /** The user's network scope; denied for roles without one. */
    public NetworkScope scope(CurrentUser user) {
        for (RoleGrant grant : user.grants()) {
            if (grant.district() != null && (grant.role() == Role.COUNTY_ADMIN || grant.role() == Role.COORDINATOR)) {
                return new NetworkScope(grant.district(), Set.of(), true);
            }
        }
        DistrictKey district = null;
        Set<MunicipalityKey> municipalities = new LinkedHashSet<>();
        for (RoleGrant grant : user.grants()) {
            if (grant.role() == Role.MUNICIPALITY && grant.municipality() != null
                    && (district == null || district.equals(grant.district()))) {
                district = grant.municipality().district();
                municipalities.add(grant.municipality());
            }
        }
        if (district == null) {
            throw new AccessDeniedException("No access to cooperations and the network");
        }
        return new NetworkScope(district, municipalities, false);
    }

    /** The scope of a user who wants to change cooperations: coordinators and county admins only. */
    public NetworkScope editScope(CurrentUser user) {
        NetworkScope scope = scope(user);
        if (!scope.canEdit()) {
            throw new AccessDeniedException("Only coordinators and county admins change cooperations");
        }
        return scope;
    }

    /**
     * Checks that data of this district is within the scope.
     *
     * @throws NotInScope for another district the user does not work in (404)
     * @throws AccessDeniedException for another district the user does work in with a different role (403)
     */
    public void requireDistrict(CurrentUser user, NetworkScope scope, DistrictKey district, Object id) {
        if (scope.district().equals(district)) {
            return;
        }
        if (user.canWorkIn(district)) {
            throw new AccessDeniedException("No network access in district " + district);
        }
        throw new NotInScope(id);
    }
}
