package de.integrationsnetz.coordination;

import java.util.UUID;

/** Identifier of a coordinator (kommunale/r Integrationskoordinator/in, KIK). */
public record CoordinatorId(UUID value) {

    public CoordinatorId {
        if (value == null) {
            throw new IllegalArgumentException("A coordinator id must not be null");
        }
    }

    public static CoordinatorId random() {
        return new CoordinatorId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
