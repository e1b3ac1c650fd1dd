package de.integrationsnetz.directory.location;

import de.integrationsnetz.directory.Address;
import de.integrationsnetz.directory.ContentLanguage;
import de.integrationsnetz.directory.CoordinateSource;
import de.integrationsnetz.directory.Coordinates;
import de.integrationsnetz.directory.LocationId;
import de.integrationsnetz.directory.OrganisationId;
import de.integrationsnetz.directory.common.DirectoryRuleViolation;
import de.integrationsnetz.directory.translation.TranslatedField;
import de.integrationsnetz.directory.translation.Translation;
import de.integrationsnetz.directory.translation.Translations;
import de.integrationsnetz.shared.DistrictKey;
import de.integrationsnetz.shared.DistrictScoped;
import de.integrationsnetz.shared.MunicipalityKey;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import org.hibernate.annotations.BatchSize;
import org.jspecify.annotations.Nullable;

/**
 * A place where an organisation works (HSDS location): its address, the municipality it lies in and its point on the
 * map. An aggregate of its own, because offers (slice 2) refer to it. Invariants: a name; a physical location has
 * street, postal code and city; a postal one postal code and city; a virtual one a web address and no coordinates;
 * coordinates always come with their source.
 */
@Entity
@Table(name = "locations", schema = "directory")
public class Location implements DistrictScoped {

    private static final Pattern WEB = Pattern.compile("https?://[^\\s]+", Pattern.CASE_INSENSITIVE);

    @Id
    private UUID id;

    @Column(name = "organisation_id", nullable = false)
    private UUID organisationId;

    @Column(name = "district_key", nullable = false, length = 5)
    private String districtKey;

    @Enumerated(EnumType.STRING)
    @Column(name = "location_type", nullable = false, length = 20)
    private LocationType type;

    @Column(nullable = false, length = 300)
    private String name;

    @Column(columnDefinition = "text")
    private @Nullable String description;

    @Embedded
    private @Nullable Address address;

    @Column(name = "municipality_key", length = 8)
    private @Nullable String municipalityKey;

    private @Nullable Double latitude;

    private @Nullable Double longitude;

    @Enumerated(EnumType.STRING)
    @Column(name = "coordinate_source", length = 20)
    private @Nullable CoordinateSource coordinateSource;

    @Column(length = 500)
    private @Nullable String url;

    @Column(columnDefinition = "text")
    private @Nullable String transportation;

    @Column(columnDefinition = "text")
    private @Nullable String accessibility;

    @Column(name = "barrier_free", nullable = false)
    private boolean barrierFree;

    @Column(nullable = false)
    private boolean demo;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    // Eager: small, read with the owner on every public page, and the audit trail reads it when the owner is deleted.
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "location_translations", schema = "directory", joinColumns = @JoinColumn(name = "location_id"))
    @BatchSize(size = 100)
    private Set<Translation> translations = new HashSet<>();

    @Version
    private long version;

    protected Location() {}

    public Location(LocationId id, OrganisationId organisation, DistrictKey district, LocationDetails details,
            Instant now, boolean demo) {
        this.id = id.value();
        this.organisationId = organisation.value();
        this.districtKey = district.value();
        this.demo = demo;
        this.createdAt = now;
        apply(details, now);
    }

    /** Replaces everything a user edits; the coordinates are set separately with {@link #placeAt}. */
    public void change(LocationDetails details, Instant now) {
        apply(details, now);
    }

    /** Sets the point on the map and where it comes from; both or neither, and never for a virtual location. */
    public void placeAt(@Nullable Coordinates coordinates, @Nullable CoordinateSource source) {
        if ((coordinates == null) != (source == null)) {
            throw new IllegalArgumentException("Coordinates and their source are set together");
        }
        if (coordinates != null && type == LocationType.VIRTUAL) {
            throw new DirectoryRuleViolation("latitude", "directory.validation.location.virtual-coordinates",
                    "A virtual location has no coordinates");
        }
        this.latitude = coordinates == null ? null : coordinates.latitude();
        this.longitude = coordinates == null ? null : coordinates.longitude();
        this.coordinateSource = source;
    }

    private void apply(LocationDetails details, Instant now) {
        if (details.name().isBlank()) {
            throw new DirectoryRuleViolation("name", "directory.validation.required", "A location needs a name");
        }
        if (details.name().length() > 300) {
            throw new DirectoryRuleViolation("name", "directory.validation.too-long", "The name is too long");
        }
        Address address = details.address();
        switch (details.type()) {
            case PHYSICAL -> {
                required(address.street(), "street");
                required(address.postalCode(), "postalCode");
                required(address.city(), "city");
            }
            case POSTAL -> {
                required(address.postalCode(), "postalCode");
                required(address.city(), "city");
            }
            case VIRTUAL -> required(details.url(), "url");
        }
        if (details.url() != null && !WEB.matcher(details.url()).matches()) {
            throw new DirectoryRuleViolation("url", "directory.validation.url",
                    "A web address starts with http:// or https://: " + details.url());
        }
        this.type = details.type();
        this.name = details.name();
        this.description = details.description();
        this.address = address.isEmpty() ? null : address;
        this.municipalityKey = details.municipality() == null ? null : details.municipality().value();
        this.url = details.url();
        this.transportation = details.transportation();
        this.accessibility = details.accessibility();
        Translations.germanChanged(translations, TranslatedField.TRANSPORTATION, transportation);
        Translations.germanChanged(translations, TranslatedField.ACCESSIBILITY, accessibility);
        this.barrierFree = details.barrierFree();
        this.updatedAt = now;
        if (type == LocationType.VIRTUAL) {
            this.latitude = null;
            this.longitude = null;
            this.coordinateSource = null;
        }
    }

    private static void required(@Nullable String value, String field) {
        if (value == null || value.isBlank()) {
            throw new DirectoryRuleViolation(field, "directory.validation.required", field + " is required here");
        }
    }

    public LocationId id() {
        return LocationId.of(id);
    }

    public OrganisationId organisation() {
        return OrganisationId.of(organisationId);
    }

    @Override
    public DistrictKey owningDistrict() {
        return DistrictKey.of(districtKey);
    }

    public LocationType type() {
        return type;
    }

    public String name() {
        return name;
    }

    public @Nullable String description() {
        return description;
    }

    public Address address() {
        return address == null ? Address.NONE : address;
    }

    public Optional<MunicipalityKey> municipality() {
        return Optional.ofNullable(municipalityKey).map(MunicipalityKey::of);
    }

    public Optional<Coordinates> coordinates() {
        return latitude == null || longitude == null ? Optional.empty()
                : Optional.of(new Coordinates(latitude, longitude));
    }

    public @Nullable CoordinateSource coordinateSource() {
        return coordinateSource;
    }

    public @Nullable String url() {
        return url;
    }

    public @Nullable String transportation() {
        return transportation;
    }

    public @Nullable String accessibility() {
        return accessibility;
    }

    public boolean barrierFree() {
        return barrierFree;
    }

    public boolean isDemo() {
        return demo;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public long version() {
        return version;
    }

    // ---------------------------------------------------------------- translations

    /** The location's public texts that are translated. */
    public static final Set<TranslatedField> TRANSLATED = Collections.unmodifiableSet(EnumSet.of(TranslatedField.TRANSPORTATION, TranslatedField.ACCESSIBILITY));

    /** The German text of a translated field; {@code null} when the field is empty. */
    public @Nullable String german(TranslatedField field) {
        return switch (field) {
            case TRANSPORTATION -> transportation;
            case ACCESSIBILITY -> accessibility;
            default -> throw new IllegalArgumentException("A location has no translated field " + field);
        };
    }

    /** Adds or replaces a translation, made from the German text as it is now; the row is CURRENT. */
    public Translation translate(TranslatedField field, ContentLanguage language, String text, boolean machine,
            Instant now, @Nullable String translatedBy) {
        Translation row = Translations.translate(translations, "location", field, language, text, german(field), machine,
                now, translatedBy);
        this.updatedAt = now;
        return row;
    }

    /** Removes a translation; it is MISSING afterwards. */
    public void removeTranslation(TranslatedField field, ContentLanguage language, Instant now) {
        Translations.remove(translations, field, language);
        this.updatedAt = now;
    }

    /** All translations, for the translation workbench and the public pages. */
    public Set<Translation> translations() {
        return Collections.unmodifiableSet(translations);
    }

    @Override
    public String toString() {
        return "Location[" + id + "]";
    }
}
