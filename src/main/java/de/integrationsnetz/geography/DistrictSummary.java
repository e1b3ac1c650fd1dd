package de.integrationsnetz.geography;

import de.integrationsnetz.shared.DistrictKey;

/**
 * A district (Landkreis or kreisfreie Stadt) as other modules see it.
 *
 * @param type "Landkreis" or "Kreisfreie Stadt", as in the official directory
 * @param seat the district's administrative seat
 */
public record DistrictSummary(DistrictKey key, String name, String shortName, String type, String seat, long population,
        double areaKm2, int municipalityCount) {}
