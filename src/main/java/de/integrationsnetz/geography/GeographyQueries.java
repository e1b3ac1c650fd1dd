package de.integrationsnetz.geography;

import de.integrationsnetz.shared.DistrictKey;
import de.integrationsnetz.shared.MunicipalityKey;
import java.util.List;
import java.util.Optional;

/** Read access to Saxony's reference geography for the other modules. All data is public. */
public interface GeographyQueries {

    /** All 13 districts, sorted by name. */
    List<DistrictSummary> districts();

    Optional<DistrictSummary> district(DistrictKey key);

    /** The municipalities of a district, sorted by name; empty for an unknown district. */
    List<MunicipalitySummary> municipalitiesOf(DistrictKey key);

    Optional<MunicipalitySummary> municipality(MunicipalityKey key);

    /**
     * Municipalities matching what a person typed: a 5-digit postal code (all municipalities with that code), or a
     * part of the name (case- and accent-insensitive, best matches first). At most {@code limit} results.
     */
    List<MunicipalitySummary> findMunicipalities(String nameOrPostalCode, int limit);

    /**
     * A German postal code with its places and the Saxon municipalities that have it; empty when the code is unknown
     * or not five digits.
     */
    Optional<PostalCodeSummary> postalCode(String code);
}
