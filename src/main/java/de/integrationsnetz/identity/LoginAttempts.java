package de.integrationsnetz.identity;

/**
 * Login throttling: repeated failed logins lock an account for a while, so that passwords cannot be guessed online.
 */
public interface LoginAttempts {

    /**
     * Records a failed login for this e-mail address (silently ignores unknown addresses).
     *
     * @return whether the account is locked now (this failure reached the limit), so the login page can say so
     */
    boolean failed(String email);

    /** Records a successful login, which resets the failure count. */
    void succeeded(AccountId account);
}
