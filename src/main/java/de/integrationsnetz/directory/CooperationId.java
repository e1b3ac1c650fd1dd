package de.integrationsnetz.directory;

import java.util.UUID;

/** Identifies a cooperation: a typed, dated relation of an organisation with another organisation or a coordinator. */
public record CooperationId(UUID value) {

    public CooperationId {
        if (value == null) {
            throw new IllegalArgumentException("A cooperation id needs a value");
        }
    }

    public static CooperationId of(UUID value) {
        return new CooperationId(value);
    }

    public static CooperationId random() {
        return new CooperationId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
