package de.integrationsnetz.identity.account;

/** An invitation for an address that already has an account (in any district). */
public class EmailAlreadyUsedException extends RuntimeException {

    public EmailAlreadyUsedException() {
        super("An account with this e-mail address exists");
    }
}
