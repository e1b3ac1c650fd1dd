package de.integrationsnetz.directory.cooperation;

import de.integrationsnetz.directory.CooperationId;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** A cooperation as lists, tables and the network show it: both sides with their names. */
public record CooperationListItem(CooperationId id, CooperationType type, Party organisation, Party partner,
        LocalDate validFrom, @Nullable LocalDate validUntil, @Nullable String note, boolean current, boolean demo,
        long version) {

    public boolean directed() {
        return type.isDirected();
    }

    /** The other side, seen from the given party (by key). */
    public Party otherSide(String partyKey) {
        return organisation.key().equals(partyKey) ? partner : organisation;
    }

    /** Whether the given party (by key) is the side the cooperation leads from (always true for symmetric types). */
    public boolean leadsFrom(String partyKey) {
        return !type.isDirected() || organisation.key().equals(partyKey);
    }
}
