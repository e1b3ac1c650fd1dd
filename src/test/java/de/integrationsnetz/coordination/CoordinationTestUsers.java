package de.integrationsnetz.coordination;

import de.integrationsnetz.identity.Role;
import de.integrationsnetz.identity.RoleGrant;
import de.integrationsnetz.identity.TestAccounts;
import de.integrationsnetz.identity.account.AccountRepository;
import de.integrationsnetz.shared.DistrictKey;
import java.util.Locale;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Users for tests that change data: fresh accounts in Bautzen (14625), a district without demo coordination, so the
 * demo figures of Mittelsachsen and Sächsische Schweiz-Osterzgebirge that other tests check stay untouched.
 */
final class CoordinationTestUsers {

    static final DistrictKey BAUTZEN = DistrictKey.of("14625");
    static final String BAUTZEN_TOWN = "14625020";
    static final String CUNEWALDE = "14625090";

    private final TestAccounts accounts;
    private final UserDetailsService users;

    CoordinationTestUsers(AccountRepository accounts, PasswordEncoder passwords, UserDetailsService users) {
        this.accounts = new TestAccounts(accounts, passwords);
        this.users = users;
    }

    /** A new county admin of Bautzen, as the logged-in principal. */
    UserDetails countyAdminOfBautzen() {
        String email = TestAccounts.uniqueEmail("kreis-bautzen");
        accounts.active(email, RoleGrant.inDistrict(Role.COUNTY_ADMIN, BAUTZEN), Locale.GERMAN);
        return users.loadUserByUsername(email);
    }
}
