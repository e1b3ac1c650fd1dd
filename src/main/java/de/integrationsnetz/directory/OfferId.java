package de.integrationsnetz.directory;

import java.util.UUID;

/**
 * Identifies an offer (HSDS {@code service}) of the directory; the same UUID is the HSDS {@code service.id}. Never
 * null; new offers get a random UUID, demo offers a name-based one.
 */
public record OfferId(UUID value) {

    public OfferId {
        if (value == null) {
            throw new IllegalArgumentException("An offer id needs a value");
        }
    }

    public static OfferId of(UUID value) {
        return new OfferId(value);
    }

    public static OfferId random() {
        return new OfferId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
