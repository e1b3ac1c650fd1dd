package de.integrationsnetz.directory.location;

import de.integrationsnetz.directory.Address;
import de.integrationsnetz.directory.CoordinateSource;
import de.integrationsnetz.directory.Coordinates;
import de.integrationsnetz.directory.LocationId;
import de.integrationsnetz.directory.OrganisationId;
import de.integrationsnetz.shared.MunicipalityKey;
import org.jspecify.annotations.Nullable;

/** A location as the back office shows it. */
public record LocationView(LocationId id, OrganisationId organisation, LocationType type, String name,
        @Nullable String description, Address address, @Nullable MunicipalityKey municipality,
        @Nullable Coordinates coordinates, @Nullable CoordinateSource coordinateSource, @Nullable String url,
        @Nullable String transportation, @Nullable String accessibility, boolean barrierFree, boolean demo,
        long version) {

    static LocationView of(Location location) {
        return new LocationView(location.id(), location.organisation(), location.type(), location.name(),
                location.description(), location.address(), location.municipality().orElse(null),
                location.coordinates().orElse(null), location.coordinateSource(), location.url(),
                location.transportation(), location.accessibility(), location.barrierFree(), location.isDemo(),
                location.version());
    }
}
