package de.integrationsnetz.coordination;

import java.util.List;

/**
 * An office responsible for a municipality, with the coordinators from that office who look after it (only their
 * published data; a coordinator who published nothing is left out of {@code people}, the office still counts).
 *
 * @param coordinators how many active coordinators of this office look after the municipality (at least 1)
 */
public record ResponsibleOffice(OfficeContact office, int coordinators, List<PublicPerson> people) {

    public ResponsibleOffice {
        people = List.copyOf(people);
    }
}
