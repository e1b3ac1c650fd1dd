package de.integrationsnetz.directory.access;

import de.integrationsnetz.directory.OrganisationId;
import de.integrationsnetz.shared.DistrictKey;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The organisations a user may see in the back office: every organisation of the districts they coordinate or
 * administer, plus the organisations their provider grants name.
 *
 * @param districts districts in which the user is a coordinator or county admin
 * @param organisations organisations the user is a provider for (in the district of the grant)
 * @param primaryDistrict the district the lists open with: the first managed district, otherwise the first
 *     district of a provider grant; {@code null} for users without either
 */
public record OrganisationScope(Set<DistrictKey> districts, Set<OrganisationId> organisations,
        @Nullable DistrictKey primaryDistrict) {

    public OrganisationScope {
        districts = Set.copyOf(districts);
        organisations = Set.copyOf(organisations);
    }

    public boolean isEmpty() {
        return districts.isEmpty() && organisations.isEmpty();
    }

    /** Whether the user sees every organisation of the district (coordinator or county admin there). */
    public boolean managesDistrict(DistrictKey district) {
        return districts.contains(district);
    }
}
