package de.integrationsnetz.identity.account;

import de.integrationsnetz.identity.CurrentUser;
import de.integrationsnetz.shared.UiLanguages;
import java.util.List;
import java.util.Locale;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What every logged-in user may change about themselves: name, language and password. */
@Service
@Transactional
@PreAuthorize("isAuthenticated()")
public class OwnAccount {

    private final AccountRepository accounts;
    private final PasswordEncoder passwordEncoder;

    OwnAccount(AccountRepository accounts, PasswordEncoder passwordEncoder) {
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
    }

    @Transactional(readOnly = true)
    public AccountView show(CurrentUser user) {
        return AccountView.of(load(user), null);
    }

    public void rename(CurrentUser user, String displayName) {
        load(user).rename(displayName);
    }

    /** @throws IllegalArgumentException for a language that is not one of the seven UI languages */
    public void changeLanguage(CurrentUser user, String languageCode) {
        if (!UiLanguages.isSupported(languageCode)) {
            throw new IllegalArgumentException("Not a UI language: " + languageCode);
        }
        load(user).changeLanguage(Locale.forLanguageTag(languageCode));
    }

    /**
     * @throws WrongPasswordException when {@code currentPassword} is not the account's password
     * @throws PasswordRejectedException when the new password breaks a rule
     */
    public void changePassword(CurrentUser user, String currentPassword, String newPassword, String confirmation) {
        Account account = load(user);
        if (account.passwordHash() == null || currentPassword == null
                || !passwordEncoder.matches(currentPassword, account.passwordHash())) {
            throw new WrongPasswordException();
        }
        List<PasswordPolicy.Violation> violations = PasswordPolicy.check(account.email(), newPassword, confirmation);
        if (!violations.isEmpty()) {
            throw new PasswordRejectedException(violations);
        }
        account.changePassword(passwordEncoder.encode(newPassword));
    }

    private Account load(CurrentUser user) {
        return accounts.findById(user.id().value()).orElseThrow(AccountNotFoundException::new);
    }
}
