package de.integrationsnetz.directory.organisation;

import de.integrationsnetz.directory.Address;
import de.integrationsnetz.directory.ContentLanguage;
import de.integrationsnetz.directory.CoordinateSource;
import de.integrationsnetz.directory.Coordinates;
import de.integrationsnetz.directory.OrganisationId;
import de.integrationsnetz.directory.common.DirectoryRuleViolation;
import de.integrationsnetz.directory.common.Folding;
import de.integrationsnetz.directory.translation.TranslatedField;
import de.integrationsnetz.directory.translation.Translation;
import de.integrationsnetz.directory.translation.Translations;
import de.integrationsnetz.shared.DistrictKey;
import de.integrationsnetz.shared.DistrictScoped;
import de.integrationsnetz.shared.MunicipalityKey;
import jakarta.persistence.CascadeType;
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
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import org.hibernate.annotations.BatchSize;
import org.jspecify.annotations.Nullable;

/**
 * An organisation (actor, Träger) of one district: its name, type, address, contact channels, the municipalities of
 * the district it serves, and its contact persons. Invariants: a name; the seat and every served municipality lie
 * in the organisation's own district; coordinates come with their source; a contact person is public only with a
 * recorded consent.
 */
@Entity
@Table(name = "organisations", schema = "directory")
public class Organisation implements DistrictScoped {

    static final int NAME_MAX = 300;
    static final int DESCRIPTION_MAX = 10_000;
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final Pattern WEB = Pattern.compile("https?://[^\\s]+", Pattern.CASE_INSENSITIVE);

    @Id
    private UUID id;

    @Column(name = "district_key", nullable = false, length = 5)
    private String districtKey;

    @Column(nullable = false, length = NAME_MAX)
    private String name;

    @Column(name = "name_key", nullable = false, length = NAME_MAX)
    private String nameKey;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 40)
    private OrganisationType type;

    @Column(columnDefinition = "text")
    private @Nullable String description;

    @Column(length = 320)
    private @Nullable String email;

    @Column(length = 500)
    private @Nullable String website;

    @Column(length = 50)
    private @Nullable String phone;

    @Embedded
    private @Nullable Address address;

    @Column(name = "address_key", nullable = false, length = 300)
    private String addressKey;

    private @Nullable Double latitude;

    private @Nullable Double longitude;

    @Enumerated(EnumType.STRING)
    @Column(name = "coordinate_source", length = 20)
    private @Nullable CoordinateSource coordinateSource;

    @Column(name = "municipality_key", length = 8)
    private @Nullable String municipalityKey;

    @ElementCollection
    @CollectionTable(name = "organisation_municipalities", schema = "directory",
            joinColumns = @JoinColumn(name = "organisation_id"))
    @Column(name = "municipality_key", length = 8, nullable = false)
    private Set<String> servedMunicipalities = new HashSet<>();

    @Column(name = "maintainer_email", length = 320)
    private @Nullable String maintainerEmail;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private OrganisationStatus status;

    @Column(nullable = false)
    private boolean demo;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @OneToMany(mappedBy = "organisation", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("name")
    private List<ContactPerson> contacts = new ArrayList<>();

    // Eager: small, read with the owner on every public page, and the audit trail reads it when the owner is deleted.
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "organisation_translations", schema = "directory", joinColumns = @JoinColumn(name = "organisation_id"))
    @BatchSize(size = 100)
    private Set<Translation> translations = new HashSet<>();

    @Version
    private long version;

    protected Organisation() {}

    public Organisation(OrganisationId id, DistrictKey district, OrganisationDetails details, Instant now,
            boolean demo) {
        this.id = id.value();
        this.districtKey = district.value();
        this.demo = demo;
        this.createdAt = now;
        apply(details, now);
    }

    /** Replaces everything a user edits. */
    public void change(OrganisationDetails details, Instant now) {
        apply(details, now);
    }

    /** Sets the organisation's point on the map and where it comes from; both or neither. */
    public void placeAt(@Nullable Coordinates coordinates, @Nullable CoordinateSource source) {
        if ((coordinates == null) != (source == null)) {
            throw new IllegalArgumentException("Coordinates and their source are set together");
        }
        this.latitude = coordinates == null ? null : coordinates.latitude();
        this.longitude = coordinates == null ? null : coordinates.longitude();
        this.coordinateSource = source;
    }

    private void apply(OrganisationDetails details, Instant now) {
        if (details.name().isBlank()) {
            throw new DirectoryRuleViolation("name", "directory.validation.required", "An organisation needs a name");
        }
        if (details.name().length() > NAME_MAX) {
            throw new DirectoryRuleViolation("name", "directory.validation.too-long", "The name is too long");
        }
        if (details.type() == null) {
            throw new DirectoryRuleViolation("type", "directory.validation.required", "An organisation needs a type");
        }
        if (details.description() != null && details.description().length() > DESCRIPTION_MAX) {
            throw new DirectoryRuleViolation("description", "directory.validation.too-long", "Description too long");
        }
        checkEmail(details.email(), "email");
        checkEmail(details.maintainerEmail(), "maintainerEmail");
        if (details.website() != null && !WEB.matcher(details.website()).matches()) {
            throw new DirectoryRuleViolation("website", "directory.validation.url",
                    "A website starts with http:// or https://: " + details.website());
        }
        DistrictKey district = district();
        if (details.seatMunicipality() != null && !details.seatMunicipality().district().equals(district)) {
            throw new DirectoryRuleViolation("seatMunicipality", "directory.validation.municipality.other-district",
                    "The seat " + details.seatMunicipality() + " is not in district " + district);
        }
        for (MunicipalityKey served : details.servedMunicipalities()) {
            if (!served.district().equals(district)) {
                throw new DirectoryRuleViolation("servedMunicipalities",
                        "directory.validation.municipality.other-district",
                        "Municipality " + served + " is not in district " + district);
            }
        }
        this.name = details.name();
        this.nameKey = Folding.name(details.name());
        this.type = details.type();
        this.description = details.description();
        Translations.germanChanged(translations, TranslatedField.DESCRIPTION, description);
        this.address = details.address().isEmpty() ? null : details.address();
        this.addressKey = Folding.address(details.address().street(), details.address().postalCode());
        this.phone = details.phone();
        this.email = details.email();
        this.website = details.website();
        this.maintainerEmail = details.maintainerEmail();
        this.municipalityKey = details.seatMunicipality() == null ? null : details.seatMunicipality().value();
        Set<String> served = new HashSet<>();
        details.servedMunicipalities().forEach(key -> served.add(key.value()));
        if (!served.equals(this.servedMunicipalities)) {
            this.servedMunicipalities.clear();
            this.servedMunicipalities.addAll(served);
        }
        this.status = details.status();
        this.updatedAt = now;
    }

    private static void checkEmail(@Nullable String email, String field) {
        if (email != null && !EMAIL.matcher(email).matches()) {
            throw new DirectoryRuleViolation(field, "directory.validation.email", "Not an e-mail address: " + email);
        }
    }

    /** Adds a contact person; the consent to publish is recorded with its time. */
    public ContactPerson addContact(UUID contactId, ContactDetails details, Instant now) {
        ContactPerson contact = new ContactPerson(contactId, this, details, now);
        contacts.add(contact);
        return contact;
    }

    /** Changes a contact person of this organisation. */
    public void changeContact(UUID contactId, ContactDetails details, Instant now) {
        contact(contactId).orElseThrow(() -> new NoSuchElementException("No contact " + contactId))
                .change(details, now);
    }

    /** Removes a contact person (their personal data is deleted with the row). */
    public void removeContact(UUID contactId) {
        ContactPerson contact = contact(contactId).orElseThrow(() -> new NoSuchElementException("No contact " + contactId));
        contacts.remove(contact);
    }

    public Optional<ContactPerson> contact(UUID contactId) {
        return contacts.stream().filter(contact -> contact.id().equals(contactId)).findFirst();
    }

    /** All contact persons, for the back office. */
    public List<ContactPerson> contacts() {
        return Collections.unmodifiableList(contacts);
    }

    /** Only the contact persons who agreed to be published: the ones the public (and HSDS) may see. */
    public List<ContactPerson> publicContacts() {
        return contacts.stream().filter(ContactPerson::publishConsent).toList();
    }

    public OrganisationId id() {
        return OrganisationId.of(id);
    }

    public DistrictKey district() {
        return DistrictKey.of(districtKey);
    }

    @Override
    public DistrictKey owningDistrict() {
        return district();
    }

    public String name() {
        return name;
    }

    /** The folded name used by search and the duplicate check. */
    public String nameKey() {
        return nameKey;
    }

    /** The folded street and postal code used by the duplicate check. */
    public String addressKey() {
        return addressKey;
    }

    public OrganisationType type() {
        return type;
    }

    public @Nullable String description() {
        return description;
    }

    public Address address() {
        return address == null ? Address.NONE : address;
    }

    public @Nullable String phone() {
        return phone;
    }

    public @Nullable String email() {
        return email;
    }

    public @Nullable String website() {
        return website;
    }

    public @Nullable String maintainerEmail() {
        return maintainerEmail;
    }

    public Optional<Coordinates> coordinates() {
        return latitude == null || longitude == null ? Optional.empty()
                : Optional.of(new Coordinates(latitude, longitude));
    }

    public @Nullable CoordinateSource coordinateSource() {
        return coordinateSource;
    }

    public Optional<MunicipalityKey> seatMunicipality() {
        return Optional.ofNullable(municipalityKey).map(MunicipalityKey::of);
    }

    /** The served municipalities, sorted by key. */
    public List<MunicipalityKey> servedMunicipalities() {
        return servedMunicipalities.stream().sorted().map(MunicipalityKey::of).toList();
    }

    public OrganisationStatus status() {
        return status;
    }

    public boolean isDemo() {
        return demo;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public long version() {
        return version;
    }

    // ---------------------------------------------------------------- translations

    /** The organisation's public texts that are translated. */
    public static final Set<TranslatedField> TRANSLATED = Collections.unmodifiableSet(EnumSet.of(TranslatedField.DESCRIPTION));

    /** The German text of a translated field; {@code null} when the field is empty. */
    public @Nullable String german(TranslatedField field) {
        return switch (field) {
            case DESCRIPTION -> description;
            default -> throw new IllegalArgumentException("A organisation has no translated field " + field);
        };
    }

    /** Adds or replaces a translation, made from the German text as it is now; the row is CURRENT. */
    public Translation translate(TranslatedField field, ContentLanguage language, String text, boolean machine,
            Instant now, @Nullable String translatedBy) {
        Translation row = Translations.translate(translations, "organisation", field, language, text, german(field), machine,
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
        return "Organisation[" + id + "]";
    }
}
