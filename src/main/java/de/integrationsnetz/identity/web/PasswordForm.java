package de.integrationsnetz.identity.web;

import org.jspecify.annotations.Nullable;

/**
 * Setting a password: through an invitation or reset link ({@code password} + {@code passwordConfirmation}) or on
 * the own account page (also {@code currentPassword}). Passwords are never written back into a page.
 */
public class PasswordForm {

    private String currentPassword = "";
    private String password = "";
    private String passwordConfirmation = "";

    /** Clears every password before the form is shown again. */
    void forget() {
        currentPassword = "";
        password = "";
        passwordConfirmation = "";
    }

    public String getCurrentPassword() {
        return currentPassword;
    }

    public void setCurrentPassword(@Nullable String currentPassword) {
        this.currentPassword = currentPassword == null ? "" : currentPassword;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(@Nullable String password) {
        this.password = password == null ? "" : password;
    }

    public String getPasswordConfirmation() {
        return passwordConfirmation;
    }

    public void setPasswordConfirmation(@Nullable String passwordConfirmation) {
        this.passwordConfirmation = passwordConfirmation == null ? "" : passwordConfirmation;
    }
}
