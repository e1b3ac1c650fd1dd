package de.integrationsnetz.directory.organisation;

import java.util.List;

/**
 * What deleting an organisation would do: how many contact persons go with it, and what still depends on it.
 *
 * @param contacts contact persons deleted together with the organisation
 * @param blockers everything that refers to the organisation; deletion is possible only when this is empty
 */
public record RemovalCheck(OrganisationView organisation, int contacts, List<Blocker> blockers) {

    public boolean removable() {
        return blockers.isEmpty();
    }

    /** One kind of dependent data: its message key (with the count as {0}) and the count. */
    public record Blocker(String messageKey, long count) {}
}
