package de.integrationsnetz.directory;

import java.util.UUID;

/** Identifies a location (a place where an organisation works); the same UUID is the HSDS {@code location.id}. */
public record LocationId(UUID value) {

    public LocationId {
        if (value == null) {
            throw new IllegalArgumentException("A location id needs a value");
        }
    }

    public static LocationId of(UUID value) {
        return new LocationId(value);
    }

    public static LocationId random() {
        return new LocationId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
