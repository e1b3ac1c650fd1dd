package de.integrationsnetz.shared.api;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a REST controller of a JSON API ({@code /api/v1/**}): its errors are answered as problem details. Throw
 * {@code ResponseStatusException} with a reason for 404 (unknown key) and 400 (malformed key).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface JsonApi {}
