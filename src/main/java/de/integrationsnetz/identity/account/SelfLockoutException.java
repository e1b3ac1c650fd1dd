package de.integrationsnetz.identity.account;

/** An administrator tried to deactivate their own account or to take away their own administrator role. */
public class SelfLockoutException extends RuntimeException {

    public SelfLockoutException() {
        super("Administrators cannot lock themselves out");
    }
}
