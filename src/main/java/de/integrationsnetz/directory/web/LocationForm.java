package de.integrationsnetz.directory.web;

import de.integrationsnetz.directory.Address;
import de.integrationsnetz.directory.CoordinateSource;
import de.integrationsnetz.directory.Coordinates;
import de.integrationsnetz.directory.location.LocationDetails;
import de.integrationsnetz.directory.location.LocationType;
import de.integrationsnetz.directory.location.LocationView;
import de.integrationsnetz.shared.MunicipalityKey;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.springframework.validation.BindingResult;

/**
 * The location form. A physical location needs street, postal code and city; a postal one postal code and city; a
 * virtual one a web address. Coordinates left empty follow the postal code.
 */
public class LocationForm extends AddressFields {

    @NotNull(message = "{directory.validation.required}")
    private @Nullable LocationType type = LocationType.PHYSICAL;

    @NotBlank(message = "{directory.validation.required}")
    @Size(max = 300, message = "{directory.validation.too-long}")
    private String name = "";

    @Size(max = 5_000, message = "{directory.validation.too-long}")
    private String description = "";

    @Pattern(regexp = "^$|^\\d{8}$", message = "{directory.validation.municipality.unknown}")
    private String municipality = "";

    private String latitude = "";

    private String longitude = "";

    @Pattern(regexp = "^$|^(?i)https?://\\S+$", message = "{directory.validation.url}")
    @Size(max = 500, message = "{directory.validation.too-long}")
    private String url = "";

    @Size(max = 2_000, message = "{directory.validation.too-long}")
    private String transportation = "";

    @Size(max = 2_000, message = "{directory.validation.too-long}")
    private String accessibility = "";

    private boolean barrierFree;

    private long version;

    static LocationForm of(LocationView location) {
        LocationForm form = new LocationForm();
        form.type = location.type();
        form.name = location.name();
        form.description = orEmpty(location.description());
        Address address = location.address();
        form.fillAddress(address);
        form.municipality = location.municipality() == null ? "" : location.municipality().value();
        if (location.coordinates() != null && location.coordinateSource() != CoordinateSource.POSTAL_CODE) {
            form.latitude = Coordinate.format(location.coordinates().latitude());
            form.longitude = Coordinate.format(location.coordinates().longitude());
        }
        form.url = orEmpty(location.url());
        form.transportation = orEmpty(location.transportation());
        form.accessibility = orEmpty(location.accessibility());
        form.barrierFree = location.barrierFree();
        form.version = location.version();
        return form;
    }

    /** The fields a location of this type needs, and the coordinates. */
    void check(BindingResult errors) {
        if (type == LocationType.PHYSICAL) {
            required("street", street, errors);
        }
        if (type == LocationType.PHYSICAL || type == LocationType.POSTAL) {
            required("postalCode", postalCode, errors);
            required("city", city, errors);
        }
        if (type == LocationType.VIRTUAL) {
            required("url", url, errors);
        }
        Coordinate.check(latitude, longitude, errors);
    }

    private static void required(String field, String value, BindingResult errors) {
        if (value.isBlank() && !errors.hasFieldErrors(field)) {
            errors.rejectValue(field, "directory.validation.required");
        }
    }

    LocationDetails toDetails() {
        return new LocationDetails(type, name, description, toAddress(),
                MunicipalityKey.isValid(municipality) ? MunicipalityKey.of(municipality) : null, url, transportation,
                accessibility, barrierFree);
    }

    @Nullable Coordinates coordinates() {
        return type == LocationType.VIRTUAL ? null : Coordinate.of(latitude, longitude);
    }

    public @Nullable LocationType getType() {
        return type;
    }

    public void setType(@Nullable LocationType type) {
        this.type = type;
    }

    public String getName() {
        return name;
    }

    public void setName(@Nullable String name) {
        this.name = strip(name);
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(@Nullable String description) {
        this.description = strip(description);
    }

    public String getMunicipality() {
        return municipality;
    }

    public void setMunicipality(@Nullable String municipality) {
        this.municipality = strip(municipality);
    }

    public String getLatitude() {
        return latitude;
    }

    public void setLatitude(@Nullable String latitude) {
        this.latitude = strip(latitude);
    }

    public String getLongitude() {
        return longitude;
    }

    public void setLongitude(@Nullable String longitude) {
        this.longitude = strip(longitude);
    }

    public String getUrl() {
        return url;
    }

    public void setUrl(@Nullable String url) {
        this.url = strip(url);
    }

    public String getTransportation() {
        return transportation;
    }

    public void setTransportation(@Nullable String transportation) {
        this.transportation = strip(transportation);
    }

    public String getAccessibility() {
        return accessibility;
    }

    public void setAccessibility(@Nullable String accessibility) {
        this.accessibility = strip(accessibility);
    }

    public boolean isBarrierFree() {
        return barrierFree;
    }

    public void setBarrierFree(boolean barrierFree) {
        this.barrierFree = barrierFree;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}
