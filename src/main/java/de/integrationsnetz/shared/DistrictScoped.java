package de.integrationsnetz.shared;

import org.jspecify.annotations.Nullable;

/**
 * Implemented by aggregates that belong to one district, so that cross-cutting concerns (the audit trail) can file
 * their changes under that district without knowing the aggregate's module.
 */
public interface DistrictScoped {

    /** The district the aggregate belongs to, or {@code null} for statewide data. */
    @Nullable DistrictKey owningDistrict();
}
