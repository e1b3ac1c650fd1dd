package de.integrationsnetz.directory.access;

import de.integrationsnetz.directory.OrganisationId;
import de.integrationsnetz.identity.CurrentUser;
import de.integrationsnetz.identity.Role;
import de.integrationsnetz.identity.RoleGrant;
import de.integrationsnetz.shared.DistrictKey;
import java.util.LinkedHashSet;
import java.util.Set;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Scope checks for directory data, applied by the services before anything is read or changed. Coordinators and
 * county admins work on every organisation of their district; a provider reads and edits only the organisation
 * named in their role grant. Another district's entries answer 404 ({@link NotInScope}); an entry of the user's own
 * district that the role does not cover answers 403.
 */
@Component
public class DirectoryAccess {

    private static final Set<Role> MANAGERS = Set.of(Role.COUNTY_ADMIN, Role.COORDINATOR);

    /** What the user may see. */
    public OrganisationScope scope(CurrentUser user) {
        Set<DistrictKey> districts = new LinkedHashSet<>();
        Set<OrganisationId> organisations = new LinkedHashSet<>();
        DistrictKey providerDistrict = null;
        for (RoleGrant grant : user.grants()) {
            if (grant.district() == null) {
                continue;
            }
            if (MANAGERS.contains(grant.role())) {
                districts.add(grant.district());
            } else if (grant.role() == Role.PROVIDER && grant.organisation() != null) {
                organisations.add(OrganisationId.of(grant.organisation()));
                if (providerDistrict == null) {
                    providerDistrict = grant.district();
                }
            }
        }
        DistrictKey primary = districts.isEmpty() ? providerDistrict : districts.iterator().next();
        return new OrganisationScope(districts, organisations, primary);
    }

    /** The district in which the user creates organisations; denied for anyone but coordinators and county admins. */
    public DistrictKey managedDistrict(CurrentUser user) {
        return user.grants().stream()
                .filter(grant -> grant.district() != null && MANAGERS.contains(grant.role()))
                .map(RoleGrant::district)
                .findFirst()
                .orElseThrow(() -> new AccessDeniedException("Only coordinators and county admins manage organisations"));
    }

    /**
     * Checks that the user may act on an organisation of the given district.
     *
     * @throws NotInScope when the organisation belongs to a district the user does not work in
     * @throws AccessDeniedException when the user works in the district but the role does not cover the action
     */
    public void require(CurrentUser user, DistrictKey district, OrganisationId organisation, Intent intent) {
        if (user.hasRoleIn(district, Role.COUNTY_ADMIN, Role.COORDINATOR)) {
            return;
        }
        boolean ownOrganisation = user.grants().stream().anyMatch(grant -> grant.role() == Role.PROVIDER
                && district.equals(grant.district()) && grant.organisation() != null
                && grant.organisation().equals(organisation.value()));
        if (ownOrganisation && intent != Intent.MANAGE) {
            return;
        }
        if (!user.canWorkIn(district)) {
            throw new NotInScope(organisation);
        }
        throw new AccessDeniedException("No " + intent + " access to organisation " + organisation);
    }
}
