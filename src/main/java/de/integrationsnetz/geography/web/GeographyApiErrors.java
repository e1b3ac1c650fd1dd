package de.integrationsnetz.geography.web;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Errors of the geography API as problem details ({@code application/problem+json}), the same answers as
 * {@code platform.api.ApiErrorHandling} gives to {@code @JsonApi} controllers. Geography cannot use that annotation:
 * the platform module depends on geography (the dashboard names districts), and geography → platform would close a
 * cycle between the two modules.
 */
@RestControllerAdvice(assignableTypes = GeographyApiController.class)
class GeographyApiErrors extends ResponseEntityExceptionHandler {

    @ExceptionHandler(ResponseStatusException.class)
    ResponseEntity<ProblemDetail> statusException(ResponseStatusException exception) {
        String detail = exception.getReason() != null ? exception.getReason()
                : HttpStatus.valueOf(exception.getStatusCode().value()).getReasonPhrase();
        return ResponseEntity.status(exception.getStatusCode())
                .body(ProblemDetail.forStatusAndDetail(exception.getStatusCode(), detail));
    }
}
