package de.integrationsnetz.identity.web;

import de.integrationsnetz.identity.account.PasswordPolicy;
import java.util.List;
import org.springframework.validation.Errors;

/** Puts the broken password rules next to their fields. */
final class PasswordErrors {

    private PasswordErrors() {}

    static void reject(Errors errors, List<PasswordPolicy.Violation> violations) {
        for (PasswordPolicy.Violation violation : violations) {
            Object[] arguments = violation.messageKey().endsWith("too-short")
                    ? new Object[] {PasswordPolicy.MIN_LENGTH}
                    : null;
            errors.rejectValue(violation.field(), violation.messageKey(), arguments, null);
        }
    }
}
