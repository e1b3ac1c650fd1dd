package de.integrationsnetz.geography;

import de.integrationsnetz.shared.DistrictKey;
import java.util.List;

/**
 * A German postal code (PLZ): where its places are and which Saxon municipalities it belongs to.
 *
 * @param code the 5-digit postal code, e.g. "09599"
 * @param places the places of the code with a point coordinate each (GeoNames); for the two Saxon codes GeoNames
 *     lacks, the centres of the code's municipalities instead
 * @param municipalities the Saxon municipalities that have this code, sorted by name; empty outside Saxony
 */
public record PostalCodeSummary(String code, List<Place> places, List<MunicipalitySummary> municipalities) {

    /**
     * @param stateCode two-letter code of the federal state, "SN" for Saxony
     * @param district the district the place lies in (5-digit key; outside Saxony another state's district)
     */
    public record Place(String name, String stateCode, DistrictKey district, double latitude, double longitude) {}
}
