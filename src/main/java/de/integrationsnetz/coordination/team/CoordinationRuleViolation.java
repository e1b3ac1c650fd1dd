package de.integrationsnetz.coordination.team;

/**
 * A change that breaks a rule of the coordination (an FTE outside 0.1–1.0, a municipality of another district, an
 * office still in use). Carries the form field it concerns and a message key, so the form can show it next to the
 * field in the user's language.
 */
public class CoordinationRuleViolation extends IllegalArgumentException {

    private final String field;
    private final String messageKey;

    public CoordinationRuleViolation(String field, String messageKey, String detail) {
        super(detail);
        this.field = field;
        this.messageKey = messageKey;
    }

    /** The form field the violation concerns, e.g. {@code fte}. */
    public String field() {
        return field;
    }

    /** Message key in the coordination bundle. */
    public String messageKey() {
        return messageKey;
    }
}
