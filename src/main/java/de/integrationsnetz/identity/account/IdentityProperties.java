package de.integrationsnetz.identity.account;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the identity module ({@code app.identity.*}); every one has a default.
 *
 * @param invitationValidity how long an invitation link works ({@code app.identity.invitation-validity}, 7 days)
 * @param passwordResetValidity how long a password-reset link works ({@code app.identity.password-reset-validity},
 *     1 hour)
 * @param passwordResetInterval a second reset e-mail for the same account is sent only after this pause, so that
 *     nobody can flood a mailbox through the public form ({@code app.identity.password-reset-interval}, 1 minute)
 * @param login login throttling
 */
@ConfigurationProperties("app.identity")
public record IdentityProperties(@DefaultValue("7d") Duration invitationValidity,
        @DefaultValue("1h") Duration passwordResetValidity, @DefaultValue("1m") Duration passwordResetInterval,
        @DefaultValue Login login) {

    public Duration validityOf(TokenPurpose purpose) {
        return purpose == TokenPurpose.INVITATION ? invitationValidity : passwordResetValidity;
    }

    /**
     * @param maxFailures failed logins in a row that lock the account ({@code app.identity.login.max-failures}, 5)
     * @param lockDuration how long it stays locked ({@code app.identity.login.lock-duration}, 15 minutes)
     */
    public record Login(@DefaultValue("5") int maxFailures, @DefaultValue("15m") Duration lockDuration) {}
}
