package de.integrationsnetz.identity.account;

import java.util.List;

/** A new password breaks the {@link PasswordPolicy}; the violations say which rules, per form field. */
public class PasswordRejectedException extends RuntimeException {

    private final List<PasswordPolicy.Violation> violations;

    public PasswordRejectedException(List<PasswordPolicy.Violation> violations) {
        super("Password rejected: " + violations);
        this.violations = List.copyOf(violations);
    }

    public List<PasswordPolicy.Violation> violations() {
        return violations;
    }
}
