package de.integrationsnetz.audit.trail;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * What a county admin narrows the trail down to. Every field is optional.
 *
 * @param text part of the actor's e-mail or of the entity's id
 * @param type entity type such as {@code identity.Account}
 * @param action CREATE, UPDATE or DELETE
 */
public record AuditFilter(@Nullable String text, @Nullable String type, @Nullable String action,
        @Nullable LocalDate from, @Nullable LocalDate to) {

    public static AuditFilter none() {
        return new AuditFilter(null, null, null, null, null);
    }
}
