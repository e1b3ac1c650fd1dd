package de.integrationsnetz.coordination;

import de.integrationsnetz.shared.DistrictKey;
import org.jspecify.annotations.Nullable;

/**
 * The public contact of a regional office. Office contacts are always public: they are the official channel of the
 * district administration, not personal data.
 *
 * @param phone the office's phone number, or {@code null} when it has none
 * @param email the office's e-mail address, or {@code null} when it has none
 * @param openingHours free text such as "Di 9–12 und 13–18 Uhr", or {@code null}
 */
public record OfficeContact(OfficeId id, DistrictKey district, String name, String street, String postalCode,
        String city, @Nullable String phone, @Nullable String email, @Nullable String openingHours) {}
