package de.integrationsnetz.coordination;

import de.integrationsnetz.shared.DistrictKey;
import java.math.BigDecimal;

/**
 * Aggregate figures of one district's coordination, without any personal data (what the state observer sees).
 * Only active coordinators count (started, and no end date in the past).
 *
 * @param headCount active coordinators
 * @param fte their full-time equivalents (VzÄ), summed
 * @param municipalitiesCovered municipalities of the district with at least one active coordinator
 * @param municipalitiesTotal all municipalities of the district
 * @param inhabitantsCovered population of the covered municipalities
 * @param inhabitantsTotal population of the district
 */
public record DistrictStaffing(DistrictKey district, int headCount, BigDecimal fte, int municipalitiesCovered,
        int municipalitiesTotal, long inhabitantsCovered, long inhabitantsTotal) {

    /** The programme ("Richtlinie Integrative Maßnahmen, Teil 2") funds at most ten coordinators per district. */
    public static final int CAP = 10;

    public DistrictStaffing {
        if (headCount < 0 || municipalitiesCovered < 0 || municipalitiesCovered > municipalitiesTotal) {
            throw new IllegalArgumentException("Inconsistent staffing figures for district " + district);
        }
    }

    /** More coordinators than the programme funds: the county must be warned. */
    public boolean exceedsCap() {
        return headCount > CAP;
    }

    /** Exactly at the cap: no further coordinator can be funded. */
    public boolean atCap() {
        return headCount == CAP;
    }

    public int municipalitiesUncovered() {
        return municipalitiesTotal - municipalitiesCovered;
    }
}
