package de.integrationsnetz.identity;

import java.time.Instant;
import java.util.Locale;

/**
 * A county administration invited a person (or sent the invitation again): the person gets an e-mail with a one-time
 * link to set their password. Published after the account and the link are stored; a newer invitation for the same
 * account makes the link of an older one invalid.
 *
 * @param email where the invitation goes (normalised, lower case)
 * @param displayName the person's name, for the greeting
 * @param language the account's preferred UI language, the language of the e-mail
 * @param link the absolute one-time link ({@code app.base-url} + {@code /invitation/<token>}); it is a secret
 * @param expiresAt when the link stops working
 * @param invitedBy display name of the administrator who sent the invitation
 */
public record InvitationIssued(AccountId account, String email, String displayName, Locale language, String link,
        Instant expiresAt, String invitedBy) {}
