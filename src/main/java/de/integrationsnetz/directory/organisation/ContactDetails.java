package de.integrationsnetz.directory.organisation;

import org.jspecify.annotations.Nullable;

/**
 * A contact person as a user enters it. Personal data: it is shown to the public only with {@code publishConsent}.
 *
 * @param functionTitle the person's function, e.g. {@code Migrationsberaterin}
 * @param publishConsent whether the person agreed that name, function, phone and e-mail are published
 */
public record ContactDetails(String name, @Nullable String functionTitle, @Nullable String department,
        @Nullable String phone, @Nullable String email, boolean publishConsent) {

    public ContactDetails {
        name = name == null ? "" : name.strip();
        functionTitle = OrganisationDetails.blankToNull(functionTitle);
        department = OrganisationDetails.blankToNull(department);
        phone = OrganisationDetails.blankToNull(phone);
        email = OrganisationDetails.blankToNull(email);
    }
}
