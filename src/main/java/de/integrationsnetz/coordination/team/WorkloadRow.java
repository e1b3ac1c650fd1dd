package de.integrationsnetz.coordination.team;

import de.integrationsnetz.coordination.CoordinatorId;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * One active coordinator's workload: how many municipalities and inhabitants they look after, per FTE.
 *
 * @param inhabitants population of the municipalities they look after (shared municipalities count in full for each
 *     coordinator)
 */
public record WorkloadRow(CoordinatorId id, String name, String officeName, BigDecimal fte, int municipalities,
        long inhabitants) {

    /** Inhabitants per full-time equivalent, rounded; FTE is never below 0.1. */
    public long inhabitantsPerFte() {
        return BigDecimal.valueOf(inhabitants).divide(fte, 0, RoundingMode.HALF_UP).longValue();
    }
}
