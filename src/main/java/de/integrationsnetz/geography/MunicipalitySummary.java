package de.integrationsnetz.geography;

import de.integrationsnetz.shared.DistrictKey;
import de.integrationsnetz.shared.MunicipalityKey;
import java.util.List;

/**
 * A municipality (Gemeinde) as other modules see it.
 *
 * @param name official name, e.g. "Freiberg, Stadt"
 * @param shortName name without suffix, e.g. "Freiberg"
 * @param type e.g. "Stadt", "Kreisangehörige Gemeinde", "Große Kreisstadt"
 * @param latitude WGS84 latitude of the municipality's centre
 * @param longitude WGS84 longitude of the municipality's centre
 * @param postalCodes every postal code of the municipality, sorted
 */
public record MunicipalitySummary(MunicipalityKey key, String name, String shortName, String type, DistrictKey district,
        String districtName, long population, double areaKm2, double latitude, double longitude,
        List<String> postalCodes) {}
