package de.integrationsnetz.directory.offer;

import de.integrationsnetz.directory.LocationId;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A location of the offer's organisation where the offer takes place, with a snapshot of the location's place
 * (coordinates, municipality, postal code, city) so that the search index needs no join.
 */
public record SiteData(UUID locationId, @Nullable String description, @Nullable Double latitude,
        @Nullable Double longitude, @Nullable String municipalityKey, @Nullable String postalCode,
        @Nullable String city) {

    public SiteData {
        if (locationId == null) {
            throw new IllegalArgumentException("A site needs a location");
        }
        if ((latitude == null) != (longitude == null)) {
            throw new IllegalArgumentException("Latitude and longitude come together");
        }
        description = description == null || description.isBlank() ? null : description.strip();
    }

    public LocationId location() {
        return LocationId.of(locationId);
    }
}
