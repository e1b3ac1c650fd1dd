package de.integrationsnetz.directory.location;

import de.integrationsnetz.directory.LocationId;

/** Something that refers to a location (offer sites) and keeps it from being deleted; one bean per kind. */
public interface LocationDependents {

    /** How many of these refer to the location. */
    long countFor(LocationId location);
}
