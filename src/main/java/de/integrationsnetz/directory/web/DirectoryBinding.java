package de.integrationsnetz.directory.web;

import org.springframework.beans.PropertyAccessException;
import org.springframework.validation.BindingResult;
import org.springframework.validation.DefaultBindingErrorProcessor;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Input that cannot be converted (an unknown organisation type, letters in a number field) becomes a readable field
 * error in the user's language instead of Spring's generic type-mismatch text.
 */
@ControllerAdvice(assignableTypes = {OrganisationController.class, ContactPersonController.class,
        LocationController.class, OfferController.class, DirectoryStartController.class, ConfirmationController.class,
        FreshnessController.class, TranslationController.class})
class DirectoryBinding {

    static final String INVALID_FORMAT = "directory.validation.invalid-format";

    /** Dates and times on the directory's pages, in German local time. */
    @ModelAttribute("times")
    LocalTimes times() {
        return LocalTimes.INSTANCE;
    }

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
