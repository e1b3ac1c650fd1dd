package de.integrationsnetz.directory.organisation;

import de.integrationsnetz.directory.OrganisationId;

/**
 * Something that refers to an organisation and keeps it from being deleted (its locations; offers and cooperations in
 * later slices). Each part of the directory that holds such references contributes one bean.
 */
public interface OrganisationDependents {

    /** Message key of the directory bundle with the count as argument {0}, e.g. {@code Orte: {0}}. */
    String messageKey();

    /** How many of these refer to the organisation. */
    long countFor(OrganisationId organisation);
}
