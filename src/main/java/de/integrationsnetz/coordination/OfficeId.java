package de.integrationsnetz.coordination;

import java.util.UUID;

/** Identifier of a regional office (Standort) of a district's integration coordination. */
public record OfficeId(UUID value) {

    public OfficeId {
        if (value == null) {
            throw new IllegalArgumentException("An office id must not be null");
        }
    }

    public static OfficeId random() {
        return new OfficeId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
