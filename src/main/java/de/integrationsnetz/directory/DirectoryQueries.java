package de.integrationsnetz.directory;

import de.integrationsnetz.shared.DistrictKey;
import java.util.List;

/**
 * Read access to the directory for other modules (monitoring, reporting). Answers without a user's scope: the caller
 * decides who may see the result. Published offers are public data; summaries of unpublished offers are not, so
 * callers show them only to users of the offer's district.
 */
public interface DirectoryQueries {

    /** How many offers of the district are published now. */
    long countPublishedOffers(DistrictKey district);

    /** The offers of an organisation in any status, sorted by name; empty for an unknown organisation. */
    List<OfferSummary> offersOf(OrganisationId organisation);
}
