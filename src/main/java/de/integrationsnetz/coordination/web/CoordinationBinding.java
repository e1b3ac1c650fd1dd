package de.integrationsnetz.coordination.web;

import org.springframework.beans.PropertyAccessException;
import org.springframework.validation.BindingResult;
import org.springframework.validation.DefaultBindingErrorProcessor;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;

/**
 * Input that cannot be converted (a date like "31.02.", letters in the FTE field) becomes a readable field error in
 * the user's language instead of Spring's generic type-mismatch text.
 */
@ControllerAdvice(assignableTypes = {OfficeController.class, CoordinatorController.class})
class CoordinationBinding {

    static final String INVALID_FORMAT = "coordination.field.invalid-format";

    @InitBinder
    void readableConversionErrors(WebDataBinder binder) {
        binder.setBindingErrorProcessor(new DefaultBindingErrorProcessor() {
            @Override
            public void processPropertyAccessException(PropertyAccessException failure, BindingResult result) {
                String field = failure.getPropertyName();
                if (field == null) {
                    super.processPropertyAccessException(failure, result);
                    return;
                }
                result.addError(new FieldError(result.getObjectName(), field, failure.getValue(), true,
                        new String[] {INVALID_FORMAT}, null, "Invalid format"));
            }
        });
    }
}
