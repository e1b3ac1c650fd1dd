package de.integrationsnetz.identity.account;

import de.integrationsnetz.identity.AccountId;
import de.integrationsnetz.identity.CurrentUser;
import java.time.Clock;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsPasswordService;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Loads accounts for form login; the principal is a {@link de.integrationsnetz.identity.CurrentUser}. When the
 * password encoder's default changes (e.g. from bcrypt to Argon2id, see docs/identity.md), Spring Security hands
 * the re-encoded password of a successful login to {@link #updatePassword}, so hashes move over one login at a time.
 */
@Service
@Transactional(readOnly = true)
public class AccountDetailsService implements UserDetailsService, UserDetailsPasswordService {

    private final AccountRepository accounts;
    private final Clock clock;

    AccountDetailsService(AccountRepository accounts, Clock clock) {
        this.accounts = accounts;
        this.clock = clock;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        return accounts.findByEmail(Account.normalise(username))
                .filter(Account::hasPassword)
                .map(account -> account.toCurrentUser(clock.instant()))
                .orElseThrow(() -> new UsernameNotFoundException("No account for that e-mail address"));
    }

    @Override
    @Transactional
    public UserDetails updatePassword(UserDetails user, @Nullable String newPassword) {
        if (newPassword == null || !(user instanceof CurrentUser current)) {
            return user;
        }
        return accounts.findById(current.id().value())
                .map(account -> {
                    account.rehashPassword(newPassword);
                    return (UserDetails) account.toCurrentUser(clock.instant());
                })
                .orElse(user);
    }

    /**
     * The account as it is now, for a session that was opened earlier: its roles or name may have changed, or it may
     * have been deactivated. Without the password hash.
     */
    public Optional<CurrentUser> reload(AccountId id) {
        return accounts.findById(id.value()).map(account -> {
            CurrentUser user = account.toCurrentUser(clock.instant());
            user.eraseCredentials();
            return user;
        });
    }
}
