package de.integrationsnetz.coordination.team;

import de.integrationsnetz.coordination.OfficeContact;
import de.integrationsnetz.coordination.OfficeId;
import de.integrationsnetz.shared.DistrictKey;
import de.integrationsnetz.shared.DistrictScoped;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.UUID;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A regional office (Standort) from which coordinators work, e.g. the Landratsamt's site in Freiberg. Its address and
 * contact are always public: they are what the "who is responsible?" page shows.
 */
@Entity
@Table(name = "offices", schema = "coordination")
public class Office implements DistrictScoped {

    private static final Pattern POSTAL_CODE = Pattern.compile("\\d{5}");

    @Id
    private UUID id;

    @Column(name = "district_key", nullable = false, length = 5)
    private String districtKey;

    @Column(nullable = false, length = 200)
    private String name;

    @Column(nullable = false, length = 200)
    private String street;

    @Column(name = "postal_code", nullable = false, length = 5)
    private String postalCode;

    @Column(nullable = false, length = 100)
    private String city;

    @Column(length = 50)
    private @Nullable String phone;

    @Column(length = 320)
    private @Nullable String email;

    @Column(name = "opening_hours", length = 1000)
    private @Nullable String openingHours;

    @Column(nullable = false)
    private boolean demo;

    @Version
    private long version;

    protected Office() {}

    public Office(OfficeId id, DistrictKey district, OfficeDetails details, boolean demo) {
        this.id = id.value();
        this.districtKey = district.value();
        this.demo = demo;
        apply(details);
    }

    /** Changes the office's name, address and contact. */
    public void change(OfficeDetails details) {
        apply(details);
    }

    private void apply(OfficeDetails details) {
        String postal = required(details.postalCode(), "postalCode");
        if (!POSTAL_CODE.matcher(postal).matches()) {
            throw new CoordinationRuleViolation("postalCode", "coordination.office.postal-code.format",
                    "A German postal code has 5 digits: " + postal);
        }
        String newPhone = optional(details.phone());
        String newEmail = optional(details.email());
        if (newPhone == null && newEmail == null) {
            throw new CoordinationRuleViolation("phone", "coordination.office.contact.required",
                    "An office needs a phone number or an e-mail address");
        }
        this.name = required(details.name(), "name");
        this.street = required(details.street(), "street");
        this.postalCode = postal;
        this.city = required(details.city(), "city");
        this.phone = newPhone;
        this.email = newEmail;
        this.openingHours = optional(details.openingHours());
    }

    static String required(@Nullable String value, String field) {
        if (value == null || value.isBlank()) {
            throw new CoordinationRuleViolation(field, "coordination.field.required", field + " must not be blank");
        }
        return value.strip();
    }

    static @Nullable String optional(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    public OfficeId id() {
        return new OfficeId(id);
    }

    public DistrictKey district() {
        return DistrictKey.of(districtKey);
    }

    public String name() {
        return name;
    }

    public String street() {
        return street;
    }

    public String postalCode() {
        return postalCode;
    }

    public String city() {
        return city;
    }

    public @Nullable String phone() {
        return phone;
    }

    public @Nullable String email() {
        return email;
    }

    public @Nullable String openingHours() {
        return openingHours;
    }

    public boolean isDemo() {
        return demo;
    }

    public long version() {
        return version;
    }

    /** The office's public contact. */
    public OfficeContact contact() {
        return new OfficeContact(id(), district(), name, street, postalCode, city, phone, email, openingHours);
    }

    @Override
    public DistrictKey owningDistrict() {
        return district();
    }
}
