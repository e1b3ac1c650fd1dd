package de.integrationsnetz.directory.workbench;

import de.integrationsnetz.directory.ContentLanguage;
import de.integrationsnetz.directory.OfferId;
import de.integrationsnetz.directory.OrganisationId;
import de.integrationsnetz.directory.translation.TranslatedField;
import de.integrationsnetz.shared.DistrictKey;
import de.integrationsnetz.shared.DistrictScoped;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A provider's change of a published offer's translations into one language, waiting for the coordination's review
 * (or rejected, with the reason, until the provider proposes again). The public pages never read it; accepting it
 * writes its texts into the offer's translations and deletes it. One per offer and language.
 */
@Entity
@Table(name = "pending_translations", schema = "directory")
public class PendingTranslation implements DistrictScoped {

    /** Waiting for review, or rejected (kept to show the provider the reason). */
    public enum State { PENDING, REJECTED }

    @Id
    private UUID id;

    @Column(name = "offer_id", nullable = false)
    private UUID offerId;

    @Column(name = "district_key", nullable = false, length = 5)
    private String districtKey;

    @Column(name = "organisation_id", nullable = false)
    private UUID organisationId;

    @Column(nullable = false, length = 2)
    private String language;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private State status;

    @Column(name = "proposed_by")
    private @Nullable UUID proposedBy;

    @Column(name = "proposed_by_name", nullable = false, length = 200)
    private String proposedByName;

    @Column(name = "proposed_at", nullable = false)
    private Instant proposedAt;

    @Column(name = "decided_by_name", length = 200)
    private @Nullable String decidedByName;

    @Column(name = "decided_at")
    private @Nullable Instant decidedAt;

    @Column(name = "decision_note", columnDefinition = "text")
    private @Nullable String decisionNote;

    @Version
    private long version;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "pending_translation_fields", schema = "directory",
            joinColumns = @JoinColumn(name = "pending_id"))
    private Set<ProposedText> fields = new HashSet<>();

    protected PendingTranslation() {
    }

    public PendingTranslation(OfferId offer, DistrictKey district, OrganisationId organisation,
            ContentLanguage language, Collection<ProposedText> texts, @Nullable UUID by, String byName, Instant now) {
        if (language == ContentLanguage.DE) {
            throw new IllegalArgumentException("German is the source, not a translation");
        }
        this.id = UUID.randomUUID();
        this.offerId = offer.value();
        this.districtKey = district.value();
        this.organisationId = organisation.value();
        this.language = language.code();
        propose(texts, by, byName, now);
    }

    /** Replaces the proposal (a rejected one becomes pending again, without the old decision). */
    public void propose(Collection<ProposedText> texts, @Nullable UUID by, String byName, Instant now) {
        if (texts.isEmpty()) {
            throw new IllegalArgumentException("A proposal changes at least one field");
        }
        this.fields.clear();
        this.fields.addAll(texts);
        this.status = State.PENDING;
        this.proposedBy = by;
        this.proposedByName = Objects.requireNonNull(byName, "byName");
        this.proposedAt = now;
        this.decidedByName = null;
        this.decidedAt = null;
        this.decisionNote = null;
    }

    /** The coordination does not take the proposal over; the reason (optional) is shown to the provider. */
    public void reject(String byName, @Nullable String note, Instant now) {
        if (status != State.PENDING) {
            throw new IllegalStateException("Only a pending proposal can be rejected");
        }
        this.status = State.REJECTED;
        this.decidedByName = byName;
        this.decidedAt = now;
        this.decisionNote = note == null || note.isBlank() ? null : note.strip();
    }

    @Override
    public DistrictKey owningDistrict() {
        return DistrictKey.of(districtKey);
    }

    public UUID id() {
        return id;
    }

    public OfferId offer() {
        return OfferId.of(offerId);
    }

    public DistrictKey district() {
        return DistrictKey.of(districtKey);
    }

    public OrganisationId organisation() {
        return OrganisationId.of(organisationId);
    }

    public ContentLanguage language() {
        return ContentLanguage.ofCode(language);
    }

    public State status() {
        return status;
    }

    public boolean isPending() {
        return status == State.PENDING;
    }

    public @Nullable UUID proposedBy() {
        return proposedBy;
    }

    public String proposedByName() {
        return proposedByName;
    }

    public Instant proposedAt() {
        return proposedAt;
    }

    public @Nullable String decidedByName() {
        return decidedByName;
    }

    public @Nullable Instant decidedAt() {
        return decidedAt;
    }

    public @Nullable String decisionNote() {
        return decisionNote;
    }

    public long version() {
        return version;
    }

    /** The proposed texts in the order of {@link TranslatedField}. */
    public List<ProposedText> fields() {
        return fields.stream().sorted(Comparator.comparing(ProposedText::field)).toList();
    }

    public Optional<ProposedText> field(TranslatedField field) {
        return fields.stream().filter(text -> text.field() == field).findFirst();
    }
}
