package de.integrationsnetz.identity.account;

/** The current password typed to confirm a password change is not the account's password. */
public class WrongPasswordException extends RuntimeException {

    public WrongPasswordException() {
        super("The current password is wrong");
    }
}
