package de.integrationsnetz.directory;

import java.util.UUID;

/**
 * Identifies an organisation (actor, Träger) of the directory. The same UUID is the HSDS {@code organization.id}; a
 * provider's role grant ({@code RoleGrant.organisation()}) holds it too.
 */
public record OrganisationId(UUID value) {

    public OrganisationId {
        if (value == null) {
            throw new IllegalArgumentException("An organisation id needs a value");
        }
    }

    public static OrganisationId of(UUID value) {
        return new OrganisationId(value);
    }

    public static OrganisationId random() {
        return new OrganisationId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
