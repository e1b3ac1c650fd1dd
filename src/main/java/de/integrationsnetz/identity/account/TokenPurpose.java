package de.integrationsnetz.identity.account;

/** What a one-time link is for. Each purpose has its own validity ({@code app.identity.*}). */
public enum TokenPurpose {
    /** Set the first password of an invited account. */
    INVITATION,
    /** Set a new password after a forgotten one. */
    PASSWORD_RESET
}
