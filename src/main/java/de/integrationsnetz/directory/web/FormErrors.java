package de.integrationsnetz.directory.web;

import de.integrationsnetz.directory.common.DirectoryRuleViolation;
import org.springframework.validation.BindingResult;

/** Puts domain rule violations and edit conflicts into a form's errors, so they show next to the field. */
final class FormErrors {

    static final String CONFLICT = "form.conflict";

    private FormErrors() {}

    static void add(BindingResult errors, DirectoryRuleViolation violation) {
        if (hasField(errors, violation.field())) {
            errors.rejectValue(violation.field(), violation.messageKey());
        } else {
            errors.reject(violation.messageKey());
        }
    }

    private static boolean hasField(BindingResult errors, String field) {
        try {
            return errors.getTarget() != null && errors.getFieldType(field) != null;
        } catch (RuntimeException notAField) {
            return false;
        }
    }
}
