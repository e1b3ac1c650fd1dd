package de.integrationsnetz.coordination.team;

import de.integrationsnetz.coordination.DistrictStaffing;
import de.integrationsnetz.geography.MunicipalitySummary;
import java.util.List;

/**
 * The county's overview: the figures against the programme's cap, the municipalities no active coordinator looks
 * after, and every active coordinator's workload.
 *
 * @param districtName the district's name from the geography (its key when the geography does not know it)
 * @param uncovered municipalities without an active coordinator, sorted by name
 * @param workload one row per active coordinator, sorted by name
 */
public record DistrictOverview(String districtName, DistrictStaffing staffing, List<MunicipalitySummary> uncovered,
        List<WorkloadRow> workload) {

    public DistrictOverview {
        uncovered = List.copyOf(uncovered);
        workload = List.copyOf(workload);
    }
}
