package de.integrationsnetz.directory;

import de.integrationsnetz.identity.CurrentUser;
import de.integrationsnetz.identity.Role;
import de.integrationsnetz.identity.RoleGrant;
import de.integrationsnetz.identity.TestAccounts;
import de.integrationsnetz.identity.account.AccountRepository;
import de.integrationsnetz.shared.DistrictKey;
import java.util.Locale;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The users directory tests act as: demo accounts, or a fresh provider account for an organisation a test created
 * (tests must not change the demo provider, and the session check needs a stored account).
 */
public final class DirectoryTestUsers {

    private final UserDetailsService userDetails;
    private final TestAccounts accounts;

    public DirectoryTestUsers(UserDetailsService userDetails, AccountRepository accounts, PasswordEncoder passwords) {
        this.userDetails = userDetails;
        this.accounts = new TestAccounts(accounts, passwords);
    }

    public CurrentUser demo(String email) {
        return (CurrentUser) userDetails.loadUserByUsername(email);
    }

    /** A new, stored provider account for the given organisation. */
    public CurrentUser providerOf(OrganisationId organisation, DistrictKey district) {
        String email = TestAccounts.uniqueEmail("provider");
        accounts.active(email, new RoleGrant(Role.PROVIDER, district, null, organisation.value()), Locale.GERMAN);
        return demo(email);
    }
}
