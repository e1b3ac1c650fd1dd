package de.integrationsnetz.coordination;

import org.jspecify.annotations.Nullable;

/**
 * What the public may see of one coordinator: only the fields the coordinator agreed to publish. A field without
 * consent is {@code null} here, so nothing downstream can show it by mistake.
 *
 * @param name the coordinator's name, or {@code null} without consent
 * @param phone the coordinator's work phone, or {@code null} without consent (or when there is none)
 * @param email the coordinator's work e-mail, or {@code null} without consent (or when there is none)
 */
public record PublicPerson(@Nullable String name, @Nullable String phone, @Nullable String email) {

    /** Whether anything about this person may be shown at all. */
    public boolean hasAnything() {
        return name != null || phone != null || email != null;
    }
}
