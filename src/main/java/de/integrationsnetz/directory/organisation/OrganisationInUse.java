package de.integrationsnetz.directory.organisation;

import java.util.List;

/** An organisation cannot be deleted while other data refers to it. */
public class OrganisationInUse extends RuntimeException {

    private final List<RemovalCheck.Blocker> blockers;

    public OrganisationInUse(List<RemovalCheck.Blocker> blockers) {
        super("The organisation is still referred to: " + blockers);
        this.blockers = List.copyOf(blockers);
    }

    public List<RemovalCheck.Blocker> blockers() {
        return blockers;
    }
}
