package de.integrationsnetz.directory.location;

import de.integrationsnetz.directory.OrganisationId;
import de.integrationsnetz.directory.organisation.OrganisationDependents;
import org.springframework.stereotype.Component;

/** An organisation's locations keep it from being deleted: offers may refer to them. */
@Component
class LocationsOfOrganisation implements OrganisationDependents {

    private final LocationRepository locations;

    LocationsOfOrganisation(LocationRepository locations) {
        this.locations = locations;
    }

    @Override
    public String messageKey() {
        return "directory.organisation.delete.blocker.locations";
    }

    @Override
    public long countFor(OrganisationId organisation) {
        return locations.countByOrganisationId(organisation.value());
    }
}
