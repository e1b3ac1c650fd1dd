package de.integrationsnetz.identity.account;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What a new password must satisfy: at least 12 characters, not the e-mail's local part inside it (a common guess),
 * the confirmation typed the same, and at most 72 bytes (bcrypt ignores everything after that).
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    /** bcrypt's limit; with multi-byte characters (Cyrillic, Arabic) that is fewer than 72 characters. */
    public static final int MAX_BYTES = 72;
    /** Local parts shorter than this (a@…, jo@…) are too common in ordinary words to reject. */
    static final int MIN_CHECKED_LOCAL_PART = 3;

    private PasswordPolicy() {}

    /** One broken rule: the form field it belongs to and the message key that explains it. */
    public record Violation(String field, String messageKey) {}

    /**
     * The rules the password breaks, empty when it is acceptable.
     *
     * @param email the account's e-mail address
     * @param password the new password, field {@code password}
     * @param confirmation the repeated password, field {@code passwordConfirmation}
     */
    public static List<Violation> check(String email, String password, String confirmation) {
        List<Violation> violations = new ArrayList<>();
        String safePassword = password == null ? "" : password;
        if (safePassword.codePointCount(0, safePassword.length()) < MIN_LENGTH) {
            violations.add(new Violation("password", "identity.password.too-short"));
        } else if (safePassword.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            violations.add(new Violation("password", "identity.password.too-long"));
        }
        if (containsLocalPart(email, safePassword)) {
            violations.add(new Violation("password", "identity.password.contains-email"));
        }
        if (!safePassword.isEmpty() && !safePassword.equals(confirmation)) {
            violations.add(new Violation("passwordConfirmation", "identity.password.confirmation-mismatch"));
        }
        return violations;
    }

    private static boolean containsLocalPart(String email, String password) {
        int at = email.indexOf('@');
        String localPart = (at < 0 ? email : email.substring(0, at)).toLowerCase(Locale.ROOT);
        return localPart.length() >= MIN_CHECKED_LOCAL_PART && password.toLowerCase(Locale.ROOT).contains(localPart);
    }
}
