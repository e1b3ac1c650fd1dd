package de.integrationsnetz.directory.organisation;

import de.integrationsnetz.directory.OrganisationId;
import de.integrationsnetz.shared.DistrictKey;

/** The little other parts of the directory need to know about an organisation they hang off (locations, offers). */
public record OrganisationRef(OrganisationId id, DistrictKey district, String name, boolean demo) {}
