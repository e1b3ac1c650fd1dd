package de.integrationsnetz.directory.organisation;

import de.integrationsnetz.directory.Address;
import de.integrationsnetz.directory.CoordinateSource;
import de.integrationsnetz.directory.Coordinates;
import de.integrationsnetz.directory.OrganisationId;
import de.integrationsnetz.shared.DistrictKey;
import de.integrationsnetz.shared.MunicipalityKey;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** An organisation as the back office shows it, with all its contact persons. */
public record OrganisationView(OrganisationId id, DistrictKey district, String name, OrganisationType type,
        @Nullable String description, Address address, @Nullable String phone, @Nullable String email,
        @Nullable String website, @Nullable String maintainerEmail, @Nullable MunicipalityKey seatMunicipality,
        List<MunicipalityKey> servedMunicipalities, @Nullable Coordinates coordinates,
        @Nullable CoordinateSource coordinateSource, OrganisationStatus status, boolean demo, Instant createdAt,
        Instant updatedAt, long version, List<ContactPersonView> contacts) {

    static OrganisationView of(Organisation organisation) {
        return new OrganisationView(organisation.id(), organisation.district(), organisation.name(),
                organisation.type(), organisation.description(), organisation.address(), organisation.phone(),
                organisation.email(), organisation.website(), organisation.maintainerEmail(),
                organisation.seatMunicipality().orElse(null), organisation.servedMunicipalities(),
                organisation.coordinates().orElse(null), organisation.coordinateSource(), organisation.status(),
                organisation.isDemo(), organisation.createdAt(), organisation.updatedAt(), organisation.version(),
                organisation.contacts().stream().map(ContactPersonView::of).toList());
    }
}
