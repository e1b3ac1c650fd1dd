package de.integrationsnetz.directory.web;

import de.integrationsnetz.directory.Address;
import de.integrationsnetz.directory.CoordinateSource;
import de.integrationsnetz.directory.Coordinates;
import de.integrationsnetz.directory.organisation.OrganisationDetails;
import de.integrationsnetz.directory.organisation.OrganisationStatus;
import de.integrationsnetz.directory.organisation.OrganisationType;
import de.integrationsnetz.directory.organisation.OrganisationView;
import de.integrationsnetz.shared.MunicipalityKey;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.validation.BindingResult;

/**
 * The organisation form. Coordinates are optional: left empty, they follow the postal code; the seat municipality,
 * left empty, follows the postal code when it belongs to exactly one municipality of the district.
 */
public class OrganisationForm extends AddressFields {

    @NotBlank(message = "{directory.validation.required}")
    @Size(max = 300, message = "{directory.validation.too-long}")
    private String name = "";

    @NotNull(message = "{directory.validation.required}")
    private @Nullable OrganisationType type;

    @Size(max = 10_000, message = "{directory.validation.too-long}")
    private String description = "";

    @Pattern(regexp = "^$|^\\d{8}$", message = "{directory.validation.municipality.unknown}")
    private String seatMunicipality = "";

    private List<String> servedMunicipalities = new ArrayList<>();

    @Pattern(regexp = "^$|^[0-9+ ()/\\-]{3,50}$", message = "{directory.validation.phone}")
    private String phone = "";

    @Email(message = "{directory.validation.email}")
    @Size(max = 320, message = "{directory.validation.too-long}")
    private String email = "";

    @Pattern(regexp = "^$|^(?i)https?://\\S+$", message = "{directory.validation.url}")
    @Size(max = 500, message = "{directory.validation.too-long}")
    private String website = "";

    @Email(message = "{directory.validation.email}")
    @Size(max = 320, message = "{directory.validation.too-long}")
    private String maintainerEmail = "";

    private String latitude = "";

    private String longitude = "";

    private OrganisationStatus status = OrganisationStatus.ACTIVE;

    private long version;

    private boolean acknowledgeDuplicate;

    static OrganisationForm of(OrganisationView organisation) {
        OrganisationForm form = new OrganisationForm();
        form.name = organisation.name();
        form.type = organisation.type();
        form.description = orEmpty(organisation.description());
        Address address = organisation.address();
        form.fillAddress(address);
        form.seatMunicipality = organisation.seatMunicipality() == null ? "" : organisation.seatMunicipality().value();
        form.servedMunicipalities = new ArrayList<>(
                organisation.servedMunicipalities().stream().map(MunicipalityKey::value).toList());
        form.phone = orEmpty(organisation.phone());
        form.email = orEmpty(organisation.email());
        form.website = orEmpty(organisation.website());
        form.maintainerEmail = orEmpty(organisation.maintainerEmail());
        if (organisation.coordinates() != null && organisation.coordinateSource() != CoordinateSource.POSTAL_CODE) {
            form.latitude = Coordinate.format(organisation.coordinates().latitude());
            form.longitude = Coordinate.format(organisation.coordinates().longitude());
        }
        form.status = organisation.status();
        form.version = organisation.version();
        return form;
    }

    /** Checks what annotations cannot: the municipality keys and the coordinates. */
    void check(BindingResult errors) {
        for (String served : servedMunicipalities) {
            if (!MunicipalityKey.isValid(served)) {
                errors.rejectValue("servedMunicipalities", "directory.validation.municipality.unknown");
                break;
            }
        }
        Coordinate.check(latitude, longitude, errors);
    }

    OrganisationDetails toDetails() {
        Set<MunicipalityKey> served = new LinkedHashSet<>();
        servedMunicipalities.stream().filter(MunicipalityKey::isValid).map(MunicipalityKey::of).forEach(served::add);
        return new OrganisationDetails(name, type, description, toAddress(),
                phone, email, website, maintainerEmail,
                MunicipalityKey.isValid(seatMunicipality) ? MunicipalityKey.of(seatMunicipality) : null, served,
                status);
    }

    @Nullable Coordinates coordinates() {
        return Coordinate.of(latitude, longitude);
    }

    public String getName() {
        return name;
    }

    public void setName(@Nullable String name) {
        this.name = strip(name);
    }

    public @Nullable OrganisationType getType() {
        return type;
    }

    public void setType(@Nullable OrganisationType type) {
        this.type = type;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(@Nullable String description) {
        this.description = strip(description);
    }

    public String getSeatMunicipality() {
        return seatMunicipality;
    }

    public void setSeatMunicipality(@Nullable String seatMunicipality) {
        this.seatMunicipality = strip(seatMunicipality);
    }

    public List<String> getServedMunicipalities() {
        return servedMunicipalities;
    }

    public void setServedMunicipalities(@Nullable List<String> servedMunicipalities) {
        this.servedMunicipalities = servedMunicipalities == null ? new ArrayList<>()
                : new ArrayList<>(servedMunicipalities.stream().map(String::strip).filter(s -> !s.isEmpty()).toList());
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(@Nullable String phone) {
        this.phone = strip(phone);
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(@Nullable String email) {
        this.email = strip(email);
    }

    public String getWebsite() {
        return website;
    }

    public void setWebsite(@Nullable String website) {
        this.website = strip(website);
    }

    public String getMaintainerEmail() {
        return maintainerEmail;
    }

    public void setMaintainerEmail(@Nullable String maintainerEmail) {
        this.maintainerEmail = strip(maintainerEmail);
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

    public OrganisationStatus getStatus() {
        return status;
    }

    public void setStatus(@Nullable OrganisationStatus status) {
        this.status = status == null ? OrganisationStatus.ACTIVE : status;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }

    public boolean isAcknowledgeDuplicate() {
        return acknowledgeDuplicate;
    }

    public void setAcknowledgeDuplicate(boolean acknowledgeDuplicate) {
        this.acknowledgeDuplicate = acknowledgeDuplicate;
    }
}
