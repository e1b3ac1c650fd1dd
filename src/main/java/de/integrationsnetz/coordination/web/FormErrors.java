package de.integrationsnetz.coordination.web;

import de.integrationsnetz.coordination.team.CoordinationRuleViolation;
import org.springframework.validation.BindingResult;

/** Puts rule violations and edit conflicts into the form's errors, so they show next to the field. */
final class FormErrors {

    static final String CONFLICT = "form.conflict";

    private FormErrors() {}

    static void add(BindingResult errors, CoordinationRuleViolation violation) {
        if (errors.getTarget() != null && hasField(errors, violation.field())) {
            errors.rejectValue(violation.field(), violation.messageKey());
        } else {
            errors.reject(violation.messageKey());
        }
    }

    private static boolean hasField(BindingResult errors, String field) {
        try {
            return errors.getFieldType(field) != null;
        } catch (RuntimeException notAField) {
            return false;
        }
    }
}
