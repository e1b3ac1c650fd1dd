package de.integrationsnetz.directory.organisation;

import de.integrationsnetz.directory.Address;
import de.integrationsnetz.directory.OrganisationId;
import de.integrationsnetz.shared.MunicipalityKey;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** One row of the organisation list. */
public record OrganisationListItem(OrganisationId id, String name, OrganisationType type, Address address,
        @Nullable MunicipalityKey seatMunicipality, @Nullable String phone, @Nullable String email,
        OrganisationStatus status, boolean demo, Instant updatedAt) {

    static OrganisationListItem of(Organisation organisation) {
        return new OrganisationListItem(organisation.id(), organisation.name(), organisation.type(),
                organisation.address(), organisation.seatMunicipality().orElse(null), organisation.phone(),
                organisation.email(), organisation.status(), organisation.isDemo(), organisation.updatedAt());
    }
}
