package de.integrationsnetz.identity.account;

import de.integrationsnetz.identity.AccountId;
import de.integrationsnetz.identity.AccountPreferences;
import de.integrationsnetz.identity.LoginAttempts;
import java.time.Clock;
import java.util.Locale;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Keeps per-account state that changes outside of administration: login failures and the chosen language. */
@Service
@Transactional(propagation = Propagation.REQUIRES_NEW)
class AccountSettings implements LoginAttempts, AccountPreferences {

    private final AccountRepository accounts;
    private final Clock clock;
    private final IdentityProperties.Login login;

    AccountSettings(AccountRepository accounts, Clock clock, IdentityProperties properties) {
        this.accounts = accounts;
        this.clock = clock;
        this.login = properties.login();
    }

    @Override
    public boolean failed(String email) {
        // The row lock makes parallel guesses wait for each other, so every one of them is counted.
        return accounts.findByEmailForUpdate(Account.normalise(email))
                .map(account -> {
                    account.recordFailedLogin(clock.instant(), login.maxFailures(), login.lockDuration());
                    return account.isLockedAt(clock.instant());
                })
                .orElse(false);
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
