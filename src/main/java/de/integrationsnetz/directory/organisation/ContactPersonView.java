package de.integrationsnetz.directory.organisation;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A contact person as the back office shows it. */
public record ContactPersonView(UUID id, String name, @Nullable String functionTitle, @Nullable String department,
        @Nullable String phone, @Nullable String email, boolean publishConsent, @Nullable Instant consentRecordedAt,
        long version) {

    static ContactPersonView of(ContactPerson contact) {
        return new ContactPersonView(contact.id(), contact.name(), contact.functionTitle(), contact.department(),
                contact.phone(), contact.email(), contact.publishConsent(), contact.consentRecordedAt(),
                contact.version());
    }
}
