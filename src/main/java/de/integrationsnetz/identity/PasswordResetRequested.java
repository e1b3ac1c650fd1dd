package de.integrationsnetz.identity;

import java.time.Instant;
import java.util.Locale;

/**
 * Someone asked for a new password for an existing, active account: its owner gets an e-mail with a one-time link.
 * Never published for unknown or deactivated addresses. A newer request makes the link of an older one invalid.
 *
 * @param email the account's address (normalised, lower case)
 * @param displayName the person's name, for the greeting
 * @param language the account's preferred UI language, the language of the e-mail
 * @param link the absolute one-time link ({@code app.base-url} + {@code /password/reset/<token>}); it is a secret
 * @param expiresAt when the link stops working
 */
public record PasswordResetRequested(AccountId account, String email, String displayName, Locale language,
        String link, Instant expiresAt) {}
