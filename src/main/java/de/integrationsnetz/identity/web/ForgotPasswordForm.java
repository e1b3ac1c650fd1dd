package de.integrationsnetz.identity.web;

import org.jspecify.annotations.Nullable;

/** The forgot-password form: just the e-mail address. */
public class ForgotPasswordForm {

    private String email = "";

    public String getEmail() {
        return email;
    }

    public void setEmail(@Nullable String email) {
        this.email = email == null ? "" : email.strip();
    }
}
