package de.integrationsnetz.directory;

import de.integrationsnetz.identity.AccountId;
import de.integrationsnetz.identity.CurrentUser;
import de.integrationsnetz.identity.Role;
import de.integrationsnetz.identity.RoleGrant;
import de.integrationsnetz.shared.DistrictKey;
import java.util.List;
import java.util.Locale;
import org.springframework.security.core.userdetails.UserDetailsService;

/** The users directory tests act as: demo accounts, or a provider made up for an organisation a test created. */
public final class DirectoryTestUsers {

    private DirectoryTestUsers() {}

    public static CurrentUser demo(UserDetailsService userDetails, String email) {
        return (CurrentUser) userDetails.loadUserByUsername(email);
    }

    /** A provider of the given organisation (not stored as an account: tests must not change the demo provider). */
    public static CurrentUser providerOf(OrganisationId organisation, DistrictKey district) {
        return new CurrentUser(AccountId.random(), "provider-" + organisation + "@test.example.org", "Test provider",
                null, true, false, Locale.GERMAN,
                List.of(new RoleGrant(Role.PROVIDER, district, null, organisation.value())));
    }
}
