package de.integrationsnetz.directory.organisation;

import de.integrationsnetz.directory.OrganisationId;

/**
 * An organisation got a new name. Published inside the changing transaction, so that copies of the name (the provider
 * name of its offers, which lists and the search index read) follow in the same commit.
 */
public record OrganisationRenamed(OrganisationId organisation, String name) {}
