package de.integrationsnetz.directory.common;

/**
 * A domain rule was broken. Carries the form field it belongs to and a message key of the directory bundle, so that
 * the web layer can show the reason next to the field in the user's language.
 */
public class DirectoryRuleViolation extends RuntimeException {

    private final String field;
    private final String messageKey;

    public DirectoryRuleViolation(String field, String messageKey, String message) {
        super(message);
        this.field = field;
        this.messageKey = messageKey;
    }

    public String field() {
        return field;
    }

    public String messageKey() {
        return messageKey;
    }
}
