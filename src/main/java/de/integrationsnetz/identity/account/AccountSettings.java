package de.integrationsnetz.identity.account;

import de.integrationsnetz.identity.AccountId;
import de.integrationsnetz.identity.AccountPreferences;
import de.integrationsnetz.identity.LoginAttempts;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Keeps per-account state that changes outside of administration: login failures and the chosen language. */
@Service
@Transactional(propagation = Propagation.REQUIRES_NEW)
class AccountSettings implements LoginAttempts, AccountPreferences {

    private final AccountRepository accounts;
    private final Clock clock;
    private final int threshold;
    private final Duration lockFor;

    AccountSettings(AccountRepository accounts, Clock clock,
            @Value("${app.identity.login.max-failures:5}") int threshold,
            @Value("${app.identity.login.lock-duration:15m}") Duration lockFor) {
        this.accounts = accounts;
        this.clock = clock;
        this.threshold = threshold;
        this.lockFor = lockFor;
    }

    @Override
    public void failed(String email) {
        accounts.findByEmail(Account.normalise(email))
                .ifPresent(account -> account.recordFailedLogin(clock.instant(), threshold, lockFor));
    }

    @Override
    public void succeeded(AccountId account) {
        accounts.findById(account.value()).ifPresent(Account::recordSuccessfulLogin);
    }

    @Override
    public void changeLanguage(AccountId account, Locale language) {
        accounts.findById(account.value()).ifPresent(found -> found.changeLanguage(language));
    }
}
