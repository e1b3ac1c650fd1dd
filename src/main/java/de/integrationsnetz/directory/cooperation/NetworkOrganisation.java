package de.integrationsnetz.directory.cooperation;

import de.integrationsnetz.directory.Coordinates;
import de.integrationsnetz.directory.OrganisationId;
import de.integrationsnetz.directory.organisation.OrganisationStatus;
import de.integrationsnetz.directory.organisation.OrganisationType;
import de.integrationsnetz.shared.DistrictKey;
import de.integrationsnetz.shared.MunicipalityKey;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** What the cooperation pages and the network view need to know about an organisation of the district. */
public record NetworkOrganisation(OrganisationId id, DistrictKey district, String name, OrganisationType type,
        OrganisationStatus status, @Nullable MunicipalityKey seat, Set<MunicipalityKey> served,
        @Nullable Coordinates coordinates) {

    public NetworkOrganisation {
        served = Set.copyOf(served);
    }

    /** Whether the organisation has its seat in the municipality or serves it. */
    public boolean belongsTo(MunicipalityKey municipality) {
        return municipality.equals(seat) || served.contains(municipality);
    }
}
