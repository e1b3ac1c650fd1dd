package de.integrationsnetz.identity;

import de.integrationsnetz.identity.account.Account;
import de.integrationsnetz.identity.account.AccountRepository;
import de.integrationsnetz.identity.demo.DemoAccounts;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.springframework.security.crypto.password.PasswordEncoder;

/** Fresh accounts for tests that change an account, so that demo accounts stay as they are. */
public final class TestAccounts {

    public static final String PASSWORD = "Lange Wege sind gut 2026";

    private final AccountRepository accounts;
    private final PasswordEncoder passwords;

    public TestAccounts(AccountRepository accounts, PasswordEncoder passwords) {
        this.accounts = accounts;
        this.passwords = passwords;
    }

    public static String uniqueEmail(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
    }

    /** An active coordinator of Mittelsachsen with {@link #PASSWORD}. */
    public Account activeCoordinator(String email) {
        return active(email, RoleGrant.inDistrict(Role.COORDINATOR, DemoAccounts.MITTELSACHSEN), Locale.GERMAN);
    }

    public Account active(String email, RoleGrant grant, Locale language) {
        Account account = new Account(email, "Test " + email.substring(0, email.indexOf('@')), List.of(grant),
                language, false);
        account.changePassword(passwords.encode(PASSWORD));
        return accounts.save(account);
    }

    public Account reload(Account account) {
        return accounts.findById(account.id().value()).orElseThrow();
    }
}
