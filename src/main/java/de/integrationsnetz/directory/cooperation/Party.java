package de.integrationsnetz.directory.cooperation;

import de.integrationsnetz.directory.organisation.OrganisationType;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One side of a cooperation: an organisation or a coordinator.
 *
 * @param name {@code null} when the coordinator is no longer active (the pages then show a placeholder with the id)
 * @param organisationType the organisation's type; {@code null} for a coordinator
 * @param office the coordinator's office; {@code null} for an organisation
 */
public record Party(Kind kind, UUID id, @Nullable String name, @Nullable OrganisationType organisationType,
        @Nullable String office) {

    public enum Kind { ORGANISATION, COORDINATOR }

    public boolean isOrganisation() {
        return kind == Kind.ORGANISATION;
    }

    public boolean isCoordinator() {
        return kind == Kind.COORDINATOR;
    }

    /** A key that is unique across both kinds (nodes of the network). */
    public String key() {
        return (kind == Kind.ORGANISATION ? "o-" : "c-") + id;
    }

    /** The id in short, for the placeholder of an unknown coordinator. */
    public String shortId() {
        return id.toString().substring(0, 8);
    }

    /** The name for sorting; unknown names sort last. */
    String sortName() {
        return name == null ? "\uffff" : name;
    }
}
