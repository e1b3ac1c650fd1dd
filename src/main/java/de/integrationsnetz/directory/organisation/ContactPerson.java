package de.integrationsnetz.directory.organisation;

import de.integrationsnetz.directory.common.DirectoryRuleViolation;
import de.integrationsnetz.shared.DistrictKey;
import de.integrationsnetz.shared.DistrictScoped;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A contact person (Ansprechpartner/in) of an organisation; part of the organisation's aggregate. Personal data in
 * plain columns, so the audit trail records every change. Public only while {@link #publishConsent()} holds; the
 * time the consent was given is kept as evidence and removed with the consent.
 */
@Entity
@Table(name = "contact_persons", schema = "directory")
public class ContactPerson implements DistrictScoped {

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    @Id
    private UUID id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "organisation_id", nullable = false)
    private Organisation organisation;

    @Column(nullable = false, length = 200)
    private String name;

    @Column(name = "function_title", length = 200)
    private @Nullable String functionTitle;

    @Column(length = 200)
    private @Nullable String department;

    @Column(length = 50)
    private @Nullable String phone;

    @Column(length = 320)
    private @Nullable String email;

    @Column(name = "publish_consent", nullable = false)
    private boolean publishConsent;

    @Column(name = "consent_recorded_at")
    private @Nullable Instant consentRecordedAt;

    @Version
    private long version;

    protected ContactPerson() {}

    ContactPerson(UUID id, Organisation organisation, ContactDetails details, Instant now) {
        this.id = id;
        this.organisation = organisation;
        apply(details, now);
    }

    void change(ContactDetails details, Instant now) {
        apply(details, now);
    }

    private void apply(ContactDetails details, Instant now) {
        if (details.name().isBlank()) {
            throw new DirectoryRuleViolation("name", "directory.validation.required", "A contact person needs a name");
        }
        if (details.name().length() > 200) {
            throw new DirectoryRuleViolation("name", "directory.validation.too-long", "The name is too long");
        }
        if (details.email() != null && !EMAIL.matcher(details.email()).matches()) {
            throw new DirectoryRuleViolation("email", "directory.validation.email", "Not an e-mail address");
        }
        this.name = details.name();
        this.functionTitle = details.functionTitle();
        this.department = details.department();
        this.phone = details.phone();
        this.email = details.email();
        if (details.publishConsent() && !publishConsent) {
            this.consentRecordedAt = now;
        } else if (!details.publishConsent()) {
            this.consentRecordedAt = null;
        }
        this.publishConsent = details.publishConsent();
    }

    public UUID id() {
        return id;
    }

    @Override
    public DistrictKey owningDistrict() {
        return organisation.owningDistrict();
    }

    public String name() {
        return name;
    }

    public @Nullable String functionTitle() {
        return functionTitle;
    }

    public @Nullable String department() {
        return department;
    }

    public @Nullable String phone() {
        return phone;
    }

    public @Nullable String email() {
        return email;
    }

    public boolean publishConsent() {
        return publishConsent;
    }

    /** When the person agreed to be published; {@code null} without consent. */
    public @Nullable Instant consentRecordedAt() {
        return consentRecordedAt;
    }

    public long version() {
        return version;
    }

    @Override
    public String toString() {
        return "ContactPerson[" + id + "]";
    }
}
