package de.integrationsnetz.coordination.team;

import org.jspecify.annotations.Nullable;

/** What a county admin enters for an office. Office contact data is public. */
public record OfficeDetails(String name, String street, String postalCode, String city, @Nullable String phone,
        @Nullable String email, @Nullable String openingHours) {}
