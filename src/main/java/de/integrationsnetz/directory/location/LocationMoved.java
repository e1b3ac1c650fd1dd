package de.integrationsnetz.directory.location;

import de.integrationsnetz.directory.LocationId;

/**
 * A location's address, municipality or coordinates were changed. Published inside the changing transaction, so that
 * copies of the location (the sites of offers, which the search index reads) follow in the same commit.
 */
public record LocationMoved(LocationId location) {}
