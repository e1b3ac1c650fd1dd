package de.integrationsnetz.directory.cooperation;

import de.integrationsnetz.directory.OrganisationId;
import de.integrationsnetz.directory.organisation.OrganisationDependents;
import org.springframework.stereotype.Component;

/**
 * An organisation's cooperations (on either side) keep it from being deleted: they are part of the district's
 * network history, so a coordinator ends or deletes them on purpose first. The foreign keys in the database say the
 * same (no cascade).
 */
@Component
class CooperationsOfOrganisation implements OrganisationDependents {

    private final CooperationRepository cooperations;

    CooperationsOfOrganisation(CooperationRepository cooperations) {
        this.cooperations = cooperations;
    }

    @Override
    public String messageKey() {
        return "directory.organisation.delete.blocker.cooperations";
    }

    @Override
    public long countFor(OrganisationId organisation) {
        return cooperations.countInvolving(organisation.value());
    }
}
