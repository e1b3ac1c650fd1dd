package de.integrationsnetz.directory.cooperation;

import de.integrationsnetz.directory.OrganisationId;
import org.jspecify.annotations.Nullable;

/**
 * What the cooperation list is narrowed to.
 *
 * @param organisation cooperations in which this organisation is either side
 * @param currentOnly only cooperations that run today
 */
public record CooperationFilter(@Nullable CooperationType type, @Nullable OrganisationId organisation,
        boolean currentOnly) {}
