package de.integrationsnetz.identity.account;

/** Where an account stands in its life cycle; derived from whether it is enabled and has a password. */
public enum AccountStatus {
    /** Invited, but no password set yet: cannot log in until the invitation link is used. */
    INVITED,
    /** Has a password and may log in. */
    ACTIVE,
    /** Switched off by an administrator: cannot log in, keeps its data. */
    DEACTIVATED
}
