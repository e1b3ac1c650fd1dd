package de.integrationsnetz.identity.account;

import de.integrationsnetz.identity.PasswordResetRequested;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Setting a password through a one-time link: accepting an invitation, or resetting a forgotten password. Both are
 * public (the link is the proof of owning the address), so nothing here tells a visitor whether an address has an
 * account.
 */
@Service
@Transactional
public class PasswordLinks {

    private static final Logger log = LoggerFactory.getLogger(PasswordLinks.class);

    private final AccountRepository accounts;
    private final OneTimeLinks links;
    private final PasswordEncoder passwordEncoder;
    private final ApplicationEventPublisher events;
    private final IdentityProperties properties;
    private final Clock clock;

    PasswordLinks(AccountRepository accounts, OneTimeLinks links, PasswordEncoder passwordEncoder,
            ApplicationEventPublisher events, IdentityProperties properties, Clock clock) {
        this.accounts = accounts;
        this.links = links;
        this.passwordEncoder = passwordEncoder;
        this.events = events;
        this.properties = properties;
        this.clock = clock;
    }

    /**
     * What the set-password page needs to know before showing its form.
     *
     * @param email the account's address (shown on the form, and the password rules refer to it); {@code null} unless
     *     the link is usable
     */
    public record LinkCheck(AccountToken.Usability usability, @Nullable String email) {

        public boolean usable() {
            return usability == AccountToken.Usability.USABLE;
        }
    }

    @Transactional(readOnly = true)
    public LinkCheck check(String token, TokenPurpose purpose) {
        return check(token, purpose, clock.instant());
    }

    LinkCheck check(String token, TokenPurpose purpose, Instant now) {
        return find(token, purpose)
                .map(found -> {
                    AccountToken.Usability usability = found.link().usabilityAt(now);
                    return new LinkCheck(usability,
                            usability == AccountToken.Usability.USABLE ? found.account().email() : null);
                })
                .orElse(new LinkCheck(AccountToken.Usability.UNKNOWN, null));
    }

    /** A stored link and its account: what a token from a link leads to. */
    private record LinkedAccount(AccountToken link, Account account) {}

    /** The link for this token and purpose, with its account, unless either is unknown or the account deactivated. */
    private Optional<LinkedAccount> find(String token, TokenPurpose purpose) {
        return links.find(token, purpose).flatMap(link -> accounts.findById(link.account().value())
                .filter(Account::isEnabled)
                .map(account -> new LinkedAccount(link, account)));
    }

    /**
     * Sets the first password of an invited account; the link cannot be used again.
     *
     * @throws InvalidLinkException when the link is unknown, used, expired or the account deactivated
     * @throws PasswordRejectedException when the password breaks a rule
     */
    public void acceptInvitation(String token, String password, String confirmation) {
        setPassword(token, TokenPurpose.INVITATION, password, confirmation, clock.instant());
    }

    /**
     * Sets a new password through a reset link. This also ends a login lock.
     *
     * @throws InvalidLinkException when the link is unknown, used, expired or the account deactivated
     * @throws PasswordRejectedException when the password breaks a rule
     */
    public void resetPassword(String token, String password, String confirmation) {
        setPassword(token, TokenPurpose.PASSWORD_RESET, password, confirmation, clock.instant());
    }

    void setPassword(String token, TokenPurpose purpose, String password, String confirmation, Instant now) {
        LinkedAccount found = find(token, purpose)
                .orElseThrow(() -> new InvalidLinkException(AccountToken.Usability.UNKNOWN));
        AccountToken stored = found.link();
        Account account = found.account();
        AccountToken.Usability usability = stored.usabilityAt(now);
        if (usability != AccountToken.Usability.USABLE) {
            throw new InvalidLinkException(usability);
        }
        List<PasswordPolicy.Violation> violations = PasswordPolicy.check(account.email(), password, confirmation);
        if (!violations.isEmpty()) {
            throw new PasswordRejectedException(violations);
        }
        stored.use(now);
        account.changePassword(passwordEncoder.encode(password));
    }

    /**
     * Sends a reset link if the address belongs to an active account, and does nothing otherwise; the caller shows
     * the same answer either way. A second request within {@code app.identity.password-reset-interval} is ignored,
     * so that nobody can flood a mailbox.
     */
    public void requestPasswordReset(String email) {
        requestPasswordReset(email, clock.instant());
    }

    void requestPasswordReset(String email, Instant now) {
        if (email == null || !Account.isPlausibleEmail(email)) {
            return;
        }
        Optional<Account> found = accounts.findByEmail(Account.normalise(email))
                .filter(account -> account.status() == AccountStatus.ACTIVE);
        if (found.isEmpty()) {
            return;
        }
        Account account = found.get();
        Optional<Instant> latest = links.latestIssuedAt(account.id(), TokenPurpose.PASSWORD_RESET);
        if (latest.isPresent() && latest.get().plus(properties.passwordResetInterval()).isAfter(now)) {
            log.info("Password reset for account {} requested again within {}: no new e-mail", account.id(),
                    properties.passwordResetInterval());
            return;
        }
        AccountToken.Issued issued = links.issue(account.id(), TokenPurpose.PASSWORD_RESET, now);
        events.publishEvent(new PasswordResetRequested(account.id(), account.email(), account.displayName(),
                account.preferredLanguage(), links.linkFor(issued), issued.stored().expiresAt()));
    }
}
