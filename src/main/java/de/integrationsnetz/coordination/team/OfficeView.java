package de.integrationsnetz.coordination.team;

import de.integrationsnetz.coordination.OfficeContact;
import de.integrationsnetz.coordination.OfficeId;

/**
 * An office as the back office shows it.
 *
 * @param activeCoordinators coordinators working from this office today
 * @param coordinators every coordinator record that refers to the office, former ones included (the office can only
 *     be deleted when this is 0)
 */
public record OfficeView(OfficeContact contact, boolean demo, long version, int activeCoordinators, int coordinators) {

    public OfficeId id() {
        return contact.id();
    }

    public String name() {
        return contact.name();
    }

    public boolean deletable() {
        return coordinators == 0;
    }
}
