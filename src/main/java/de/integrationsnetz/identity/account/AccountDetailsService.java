package de.integrationsnetz.identity.account;

import java.time.Clock;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Loads accounts for form login; the principal is a {@link de.integrationsnetz.identity.CurrentUser}. */
@Service
@Transactional(readOnly = true)
public class AccountDetailsService implements UserDetailsService {

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
}
