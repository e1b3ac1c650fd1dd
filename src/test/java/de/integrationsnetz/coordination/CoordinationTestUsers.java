package de.integrationsnetz.coordination;

import de.integrationsnetz.identity.AccountId;
import de.integrationsnetz.identity.CurrentUser;
import de.integrationsnetz.identity.Role;
import de.integrationsnetz.identity.RoleGrant;
import de.integrationsnetz.shared.DistrictKey;
import java.util.List;
import java.util.Locale;

/**
 * Users for tests that change data: they work in Bautzen (14625), a district without demo coordination, so the demo
 * figures of Mittelsachsen and Sächsische Schweiz-Osterzgebirge that other tests check stay untouched.
 */
final class CoordinationTestUsers {

    static final DistrictKey BAUTZEN = DistrictKey.of("14625");
    static final String BAUTZEN_TOWN = "14625020";
    static final String CUNEWALDE = "14625090";

    private CoordinationTestUsers() {}

    static CurrentUser countyAdminOfBautzen() {
        return user(Role.COUNTY_ADMIN, BAUTZEN);
    }

    static CurrentUser coordinatorOfBautzen() {
        return user(Role.COORDINATOR, BAUTZEN);
    }

    private static CurrentUser user(Role role, DistrictKey district) {
        return new CurrentUser(AccountId.random(), role.name().toLowerCase(Locale.ROOT) + "@test.invalid",
                "Test " + role, null, true, false, Locale.GERMAN, List.of(RoleGrant.inDistrict(role, district)));
    }
}
