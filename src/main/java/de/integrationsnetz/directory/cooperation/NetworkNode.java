package de.integrationsnetz.directory.cooperation;

import de.integrationsnetz.coordination.CoordinatorSummary;
import org.jspecify.annotations.Nullable;

/**
 * A node of a network: an organisation or a coordinator.
 *
 * @param organisation the organisation's data; {@code null} for a coordinator
 * @param coordinator the coordinator's data; {@code null} for an organisation or a coordinator no longer active
 * @param hop the distance from the centre of an organisation's network (0 = the centre); 0 in a municipality's network
 */
public record NetworkNode(Party party, @Nullable NetworkOrganisation organisation,
        @Nullable CoordinatorSummary coordinator, int hop) {

    public String key() {
        return party.key();
    }

    public boolean isOrganisation() {
        return party.isOrganisation();
    }
}
