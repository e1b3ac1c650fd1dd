package de.integrationsnetz.identity.web;

import de.integrationsnetz.identity.Role;
import de.integrationsnetz.identity.account.Account;
import de.integrationsnetz.identity.account.AccountManagement;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.validation.Errors;

/** Checks shared by the account forms. */
final class AccountFormRules {

    private AccountFormRules() {}

    static void checkName(Errors errors, String field, String name) {
        if (name == null || name.isBlank()) {
            errors.rejectValue(field, "identity.validation.name.required");
        } else if (name.strip().length() > Account.MAX_NAME_LENGTH) {
            errors.rejectValue(field, "identity.validation.name.too-long", new Object[] {Account.MAX_NAME_LENGTH},
                    null);
        }
    }

    /** A role a county administration may grant, or {@code null} for anything else. */
    static @Nullable Role role(String value) {
        return AccountManagement.GRANTABLE_ROLES.stream()
                .filter(role -> role.name().equals(value))
                .findFirst()
                .orElse(null);
    }

    static @Nullable UUID uuid(String value) {
        try {
            return value == null || value.isBlank() ? null : UUID.fromString(value.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
