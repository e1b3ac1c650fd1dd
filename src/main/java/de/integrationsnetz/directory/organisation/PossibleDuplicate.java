package de.integrationsnetz.directory.organisation;

import java.util.List;

/**
 * A new organisation has the same name and address as existing ones of the district. Not an error: the user sees the
 * matches and may create it anyway.
 */
public class PossibleDuplicate extends RuntimeException {

    private final List<OrganisationListItem> matches;

    public PossibleDuplicate(List<OrganisationListItem> matches) {
        super("Organisations with the same name and address exist: " + matches.size());
        this.matches = List.copyOf(matches);
    }

    public List<OrganisationListItem> matches() {
        return matches;
    }
}
