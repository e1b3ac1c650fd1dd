package de.integrationsnetz.directory.location;

import de.integrationsnetz.directory.Address;
import de.integrationsnetz.shared.MunicipalityKey;
import org.jspecify.annotations.Nullable;

/**
 * A location as a user enters it. Blank texts become {@code null}.
 *
 * @param municipality the municipality the location lies in; when {@code null}, it is taken from the postal code if
 *     the code belongs to exactly one municipality
 * @param url the web address of a virtual location
 * @param transportation how to get there (German; translated later)
 * @param accessibility accessibility notes (German; translated later)
 */
public record LocationDetails(LocationType type, String name, @Nullable String description, Address address,
        @Nullable MunicipalityKey municipality, @Nullable String url, @Nullable String transportation,
        @Nullable String accessibility, boolean barrierFree) {

    public LocationDetails {
        type = type == null ? LocationType.PHYSICAL : type;
        name = name == null ? "" : name.strip();
        description = blankToNull(description);
        address = address == null ? Address.NONE : address;
        url = blankToNull(url);
        transportation = blankToNull(transportation);
        accessibility = blankToNull(accessibility);
    }

    public LocationDetails withMunicipality(@Nullable MunicipalityKey key) {
        return new LocationDetails(type, name, description, address, key, url, transportation, accessibility,
                barrierFree);
    }

    private static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
