package de.integrationsnetz.directory.offer;

import de.integrationsnetz.directory.organisation.OrganisationRef;
import de.integrationsnetz.directory.taxonomy.CatalogTerm;
import de.integrationsnetz.geography.MunicipalitySummary;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * What the offer form offers to choose from for one organisation: its locations (as sites), its contact persons, the
 * municipalities of its district, the categories and target groups, and the spoken languages.
 */
public record OfferFormOptions(OrganisationRef organisation, List<LocationOption> locations,
        List<ContactOption> contacts, List<MunicipalitySummary> municipalities, List<CatalogTerm> categories,
        List<CatalogTerm> targetGroups, List<String> languages) {

    /** A location of the organisation, with the snapshot a site copies. */
    public record LocationOption(UUID id, String name, String address, SiteData snapshot) {}

    /** A contact person of the organisation. */
    public record ContactOption(UUID id, String name, @Nullable String functionTitle, boolean publishConsent) {}
}
