package de.integrationsnetz.identity.account;

/** A one-time link that cannot be used (any more); the page explains why and what to do. */
public class InvalidLinkException extends RuntimeException {

    private final AccountToken.Usability reason;

    public InvalidLinkException(AccountToken.Usability reason) {
        super("One-time link cannot be used: " + reason);
        this.reason = reason;
    }

    public AccountToken.Usability reason() {
        return reason;
    }
}
