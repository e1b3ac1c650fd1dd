package de.integrationsnetz.directory.offer;

import de.integrationsnetz.directory.ContentLanguage;
import de.integrationsnetz.directory.LocationId;
import de.integrationsnetz.directory.OfferId;
import de.integrationsnetz.directory.OfferPublished;
import de.integrationsnetz.directory.OfferReviewRequested;
import de.integrationsnetz.directory.OfferWithdrawn;
import de.integrationsnetz.directory.OrganisationId;
import de.integrationsnetz.directory.common.DirectoryRuleViolation;
import de.integrationsnetz.directory.common.Folding;
import de.integrationsnetz.directory.organisation.OrganisationRef;
import de.integrationsnetz.directory.schedule.Schedule;
import de.integrationsnetz.directory.schedule.ScheduleKind;
import de.integrationsnetz.directory.translation.TranslatedField;
import de.integrationsnetz.directory.translation.Translation;
import de.integrationsnetz.directory.translation.Translations;
import de.integrationsnetz.shared.DistrictKey;
import de.integrationsnetz.shared.DistrictScoped;
import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.hibernate.annotations.BatchSize;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.jspecify.annotations.Nullable;

/**
 * A support offer of an organisation (HSDS {@code service}): its texts (German, with translations), contact channels,
 * features, ages, validity, course data, sites, schedules, classifications, spoken languages, served municipalities
 * and contact persons, and its status with review and a provider's pending revision.
 *
 * <p>Invariants: a name and a description; only this class changes the status, following docs/directory.md §2.5, and
 * every method refuses a transition the status or the {@link Actor} does not allow ({@link OfferTransitionNotAllowed});
 * course places and dates, ages and validity are consistent; served municipalities lie in the offer's district; an
 * offer takes place at a site, online or by phone; the stored translation status always matches the German texts.
 *
 * <p>Field names are stable: the search index maps them by name (docs/directory.md §4.2).
 */
@Entity
@Table(name = "offers", schema = "directory")
public class Offer implements DistrictScoped {

    static final int NAME_MAX = 300;
    static final int DESCRIPTION_MAX = 10_000;
    static final int NOTE_MAX = 5_000;
    /** How long after its withdrawal a stale offer can be confirmed back without review (default of §6). */
    public static final Duration DEFAULT_RESTORE_WINDOW = Duration.ofDays(90);
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final Pattern WEB = Pattern.compile("https?://[^\\s]+", Pattern.CASE_INSENSITIVE);
    private static final Pattern AGS = Pattern.compile("[0-9]{8}");

    @Id
    private UUID id;

    @Column(name = "district_key", nullable = false, length = 5, updatable = false)
    private String districtKey;

    @Column(name = "organisation_id", nullable = false, updatable = false)
    private UUID organisationId;

    @Column(name = "provider_name", nullable = false, length = 300)
    private String providerName;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private OfferStatus status;

    @Enumerated(EnumType.STRING)
    @Column(name = "archive_reason", length = 30)
    private @Nullable ArchiveReason archiveReason;

    @Column(nullable = false, length = NAME_MAX)
    private String name;

    @Column(name = "name_key", nullable = false, length = NAME_MAX)
    private String nameKey;

    @Column(nullable = false, columnDefinition = "text")
    private String description;

    @Column(name = "fees_note", columnDefinition = "text")
    private @Nullable String feesNote;

    @Column(name = "eligibility_note", columnDefinition = "text")
    private @Nullable String eligibilityNote;

    @Column(name = "application_note", columnDefinition = "text")
    private @Nullable String applicationNote;

    @Column(columnDefinition = "text")
    private @Nullable String alert;

    @Column(length = 500)
    private @Nullable String url;

    @Column(length = 320)
    private @Nullable String email;

    @Column(length = 50)
    private @Nullable String phone;

    @Column(name = "online_url", length = 500)
    private @Nullable String onlineUrl;

    @Column(name = "free_of_charge", nullable = false)
    private boolean freeOfCharge;

    @Column(name = "registration_required", nullable = false)
    private boolean registrationRequired;

    @Column(name = "appointment_required", nullable = false)
    private boolean appointmentRequired;

    @Column(name = "barrier_free", nullable = false)
    private boolean barrierFree;

    @Column(name = "low_threshold", nullable = false)
    private boolean lowThreshold;

    @Column(name = "volunteer_run", nullable = false)
    private boolean volunteerRun;

    @Column(nullable = false)
    private boolean online;

    @Column(name = "by_phone", nullable = false)
    private boolean byPhone;

    @Column(name = "whole_district", nullable = false)
    private boolean wholeDistrict;

    @Column(name = "min_age")
    private @Nullable Integer minAge;

    @Column(name = "max_age")
    private @Nullable Integer maxAge;

    @Column(name = "valid_from")
    private @Nullable LocalDate validFrom;

    @Column(name = "valid_until")
    private @Nullable LocalDate validUntil;

    @Enumerated(EnumType.STRING)
    @Column(name = "course_level", length = 2)
    private @Nullable CourseLevel courseLevel;

    @Column(name = "course_start")
    private @Nullable LocalDate courseStart;

    @Column(name = "course_end")
    private @Nullable LocalDate courseEnd;

    @Column(name = "places_total")
    private @Nullable Integer placesTotal;

    @Column(name = "places_free")
    private @Nullable Integer placesFree;

    @Column(name = "registration_deadline")
    private @Nullable LocalDate registrationDeadline;

    @Column(name = "next_start")
    private @Nullable LocalDate nextStart;

    @Column(name = "last_confirmed_at", nullable = false)
    private Instant lastConfirmedAt;

    @Column(name = "stale_since")
    private @Nullable Instant staleSince;

    @Column(name = "withdrawn_at")
    private @Nullable Instant withdrawnAt;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "pending_revision")
    private @Nullable String pendingRevision;

    @Column(name = "pending_revision_by")
    private @Nullable UUID pendingRevisionBy;

    @Column(name = "pending_revision_at")
    private @Nullable Instant pendingRevisionAt;

    @Column(name = "submitted_at")
    private @Nullable Instant submittedAt;

    @Column(name = "published_at")
    private @Nullable Instant publishedAt;

    @Column(name = "reviewed_by")
    private @Nullable UUID reviewedBy;

    @Column(name = "review_note", columnDefinition = "text")
    private @Nullable String reviewNote;

    @Column(name = "import_job_id")
    private @Nullable UUID importJobId;

    @Column(nullable = false, updatable = false)
    private boolean demo;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "hsds_extra", nullable = false)
    private String hsdsExtra = "{}";

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    @OneToMany(mappedBy = "offer", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("city, postalCode")
    @BatchSize(size = 100)
    private List<OfferSite> sites = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "offer_schedules", schema = "directory", joinColumns = @JoinColumn(name = "offer_id"))
    @OrderBy("dtstart")
    @BatchSize(size = 100)
    private List<Schedule> schedules = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "offer_classifications", schema = "directory",
            joinColumns = @JoinColumn(name = "offer_id"))
    @BatchSize(size = 100)
    private Set<Classification> classifications = new HashSet<>();

    @ElementCollection
    @CollectionTable(name = "offer_languages", schema = "directory", joinColumns = @JoinColumn(name = "offer_id"))
    @Column(name = "code", nullable = false, length = 3)
    @BatchSize(size = 100)
    private Set<String> languages = new HashSet<>();

    @ElementCollection
    @CollectionTable(name = "offer_service_areas", schema = "directory",
            joinColumns = @JoinColumn(name = "offer_id"))
    @Column(name = "municipality_key", nullable = false, length = 8)
    @BatchSize(size = 100)
    private Set<String> serviceAreas = new HashSet<>();

    @ElementCollection
    @CollectionTable(name = "offer_contacts", schema = "directory", joinColumns = @JoinColumn(name = "offer_id"))
    @Column(name = "contact_person_id", nullable = false)
    @BatchSize(size = 100)
    private Set<UUID> contacts = new HashSet<>();

    @ElementCollection
    @CollectionTable(name = "offer_translations", schema = "directory", joinColumns = @JoinColumn(name = "offer_id"))
    @BatchSize(size = 100)
    private Set<Translation> translations = new HashSet<>();

    @Transient
    private final List<Object> events = new ArrayList<>();

    protected Offer() {}

    /**
     * A new draft of the organisation, last confirmed now.
     *
     * @throws OfferTransitionNotAllowed when the actor may not edit the organisation's offers
     * @throws DirectoryRuleViolation when the content breaks an invariant
     */
    public Offer(OfferId id, OrganisationRef organisation, OfferContent content, Actor actor, Instant now,
            LocalDate today, boolean demo) {
        this.id = id.value();
        this.districtKey = organisation.district().value();
        this.organisationId = organisation.id().value();
        this.providerName = organisation.name();
        this.status = OfferStatus.DRAFT;
        this.demo = demo;
        this.createdAt = now;
        this.lastConfirmedAt = now;
        if (!actor.edits(district(), organisation())) {
            throw new OfferTransitionNotAllowed(id, "create", status, "actor may not edit this organisation's offers");
        }
        apply(content, now, today);
    }

    /**
     * An offer taken over from an import: created with the given status (DRAFT or PUBLISHED), marked with the job.
     */
    public static Offer imported(OfferId id, OrganisationRef organisation, OfferContent content, OfferStatus status,
            UUID importJobId, Instant now, LocalDate today) {
        Offer offer = new Offer(id, organisation, content, Actor.system(), now, today, false);
        offer.importJobId = Objects.requireNonNull(importJobId, "importJobId");
        if (status == OfferStatus.PUBLISHED) {
            offer.publish(Actor.system(), now);
        } else if (status != OfferStatus.DRAFT) {
            throw new IllegalArgumentException("An import creates drafts or published offers, not " + status);
        }
        return offer;
    }

    // ---------------------------------------------------------------- content

    /** What an edit did. */
    public enum EditOutcome {
        /** The content changed. */
        APPLIED,
        /** The offer is published and the editor is its provider: the change waits for review. */
        PROPOSED
    }

    /**
     * Changes the content. A coordinator or county admin changes it directly (a published offer counts as confirmed);
     * a provider changes a draft, an offer in review or an archived one directly, but a published one only by a
     * proposal that waits for review, while the public keeps the published content.
     */
    public EditOutcome edit(OfferContent content, Actor actor, Instant now, LocalDate today) {
        requireEditor(actor, "edit");
        if (status == OfferStatus.PUBLISHED && !actor.reviews(district())) {
            proposeRevision(content, actor, now);
            return EditOutcome.PROPOSED;
        }
        apply(content, now, today);
        if (status == OfferStatus.PUBLISHED) {
            confirmed(now);
        }
        return EditOutcome.APPLIED;
    }

    /**
     * Keeps a change of a published offer for review (a provider's edit or a confirmation link's correction). At most
     * one revision waits: a second one replaces the first.
     */
    public void proposeRevision(OfferContent content, Actor actor, Instant now) {
        requireEditor(actor, "propose-revision");
        requireStatus("propose-revision", OfferStatus.PUBLISHED);
        check(content);
        this.pendingRevision = OfferContentJson.write(content);
        this.pendingRevisionBy = actor.account();
        this.pendingRevisionAt = now;
        this.updatedAt = now;
        events.add(new OfferReviewRequested(id(), district(), organisation()));
    }

    /** Applies the pending revision; the offer counts as confirmed. */
    public void approveRevision(Actor actor, Instant now, LocalDate today) {
        requireReviewer(actor, "approve-revision");
        OfferContent revision = pendingRevision().orElseThrow(
                () -> new OfferTransitionNotAllowed(id(), "approve-revision", status, "no pending revision"));
        apply(revision, now, today);
        clearRevision();
        this.reviewedBy = actor.account();
        this.reviewNote = null;
        confirmed(now);
    }

    /** Discards the pending revision; the published content stays. */
    public void rejectRevision(Actor actor, Instant now, @Nullable String note) {
        requireReviewer(actor, "reject-revision");
        if (pendingRevision == null) {
            throw new OfferTransitionNotAllowed(id(), "reject-revision", status, "no pending revision");
        }
        clearRevision();
        this.reviewedBy = actor.account();
        this.reviewNote = blankToNull(note);
        this.updatedAt = now;
    }

    /** Replaces the pending revision by the same change checked again (fresh site snapshots); for the service. */
    void refreshPendingRevision(OfferContent checked) {
        if (pendingRevision != null) {
            check(checked);
            this.pendingRevision = OfferContentJson.write(checked);
        }
    }

    private void clearRevision() {
        this.pendingRevision = null;
        this.pendingRevisionBy = null;
        this.pendingRevisionAt = null;
    }

    private void apply(OfferContent content, Instant now, LocalDate today) {
        check(content);
        this.name = content.name();
        this.nameKey = Folding.name(content.name());
        this.description = content.description();
        this.feesNote = content.feesNote();
        this.eligibilityNote = content.eligibilityNote();
        this.applicationNote = content.applicationNote();
        this.alert = content.alert();
        for (TranslatedField field : TRANSLATED) {
            Translations.germanChanged(translations, field, german(field));
        }
        this.url = content.url();
        this.email = content.email();
        this.phone = content.phone();
        this.onlineUrl = content.onlineUrl();
        OfferFlags flags = content.flags();
        this.freeOfCharge = flags.freeOfCharge();
        this.registrationRequired = flags.registrationRequired();
        this.appointmentRequired = flags.appointmentRequired();
        this.barrierFree = flags.barrierFree();
        this.lowThreshold = flags.lowThreshold();
        this.volunteerRun = flags.volunteerRun();
        this.online = flags.online();
        this.byPhone = flags.byPhone();
        this.wholeDistrict = content.wholeDistrict();
        this.minAge = content.minAge();
        this.maxAge = content.maxAge();
        this.validFrom = content.validFrom();
        this.validUntil = content.validUntil();
        CourseDetails course = content.course();
        this.courseLevel = course.level();
        this.courseStart = course.start();
        this.courseEnd = course.end();
        this.placesTotal = course.placesTotal();
        this.placesFree = course.placesFree();
        this.registrationDeadline = course.registrationDeadline();
        replace(classifications, new HashSet<>(content.classifications()));
        replace(languages, new HashSet<>(content.languages()));
        replace(serviceAreas, content.wholeDistrict() ? Set.of() : new HashSet<>(content.serviceAreas()));
        replace(contacts, new HashSet<>(content.contacts()));
        applySites(content.sites());
        applySchedules(content.schedules());
        this.nextStart = computeNextStart(today);
        this.updatedAt = now;
    }

    private static <T> void replace(Set<T> current, Set<T> wanted) {
        if (!current.equals(wanted)) {
            current.retainAll(wanted);
            current.addAll(wanted);
        }
    }

    private void applySites(List<SiteData> wanted) {
        Map<UUID, SiteData> byLocation = wanted.stream()
                .collect(Collectors.toMap(SiteData::locationId, Function.identity(), (a, b) -> a));
        sites.removeIf(site -> !byLocation.containsKey(site.location().value()));
        for (SiteData data : byLocation.values()) {
            findSite(data.locationId()).ifPresentOrElse(site -> site.update(data),
                    () -> sites.add(new OfferSite(this, data)));
        }
    }

    private Optional<OfferSite> findSite(UUID locationId) {
        return sites.stream().filter(site -> site.location().value().equals(locationId)).findFirst();
    }

    private void applySchedules(List<ScheduleData> wanted) {
        List<Schedule> built = new ArrayList<>();
        for (int i = 0; i < wanted.size(); i++) {
            try {
                built.add(wanted.get(i).toSchedule());
            } catch (IllegalArgumentException e) {
                throw new DirectoryRuleViolation("schedules[" + i + "]", "directory.validation.offer.schedule",
                        e.getMessage());
            }
        }
        Set<UUID> siteIds = sites.stream().map(OfferSite::id).collect(Collectors.toSet());
        for (int i = 0; i < built.size(); i++) {
            Optional<UUID> site = built.get(i).siteId();
            if (site.isPresent() && !siteIds.contains(site.get())) {
                throw new DirectoryRuleViolation("schedules[" + i + "]", "directory.validation.offer.schedule-site",
                        "The schedule names a site the offer does not have: " + site.get());
            }
        }
        if (!sameSchedules(built)) {
            schedules.clear();
            schedules.addAll(built);
        }
    }

    private boolean sameSchedules(List<Schedule> built) {
        if (built.size() != schedules.size()) {
            return false;
        }
        for (int i = 0; i < built.size(); i++) {
            if (!ScheduleData.of(built.get(i)).equals(ScheduleData.of(schedules.get(i)))) {
                return false;
            }
        }
        return true;
    }

    /** Checks the invariants of the content against this offer (its district). */
    private void check(OfferContent content) {
        if (content.name().isBlank()) {
            throw new DirectoryRuleViolation("name", "directory.validation.required", "An offer needs a name");
        }
        tooLong("name", content.name(), NAME_MAX);
        if (content.description().isBlank()) {
            throw new DirectoryRuleViolation("description", "directory.validation.required",
                    "An offer needs a description");
        }
        tooLong("description", content.description(), DESCRIPTION_MAX);
        tooLong("feesNote", content.feesNote(), NOTE_MAX);
        tooLong("eligibilityNote", content.eligibilityNote(), NOTE_MAX);
        tooLong("applicationNote", content.applicationNote(), NOTE_MAX);
        tooLong("alert", content.alert(), NOTE_MAX);
        tooLong("phone", content.phone(), 50);
        if (content.email() != null && (!EMAIL.matcher(content.email()).matches() || content.email().length() > 320)) {
            throw new DirectoryRuleViolation("email", "directory.validation.email",
                    "Not an e-mail address: " + content.email());
        }
        checkWeb("url", content.url());
        checkWeb("onlineUrl", content.onlineUrl());
        checkAge("minAge", content.minAge());
        checkAge("maxAge", content.maxAge());
        if (content.minAge() != null && content.maxAge() != null && content.maxAge() < content.minAge()) {
            throw new DirectoryRuleViolation("maxAge", "directory.validation.offer.ages",
                    "The maximum age is below the minimum age");
        }
        if (content.validFrom() != null && content.validUntil() != null
                && content.validUntil().isBefore(content.validFrom())) {
            throw new DirectoryRuleViolation("validUntil", "directory.validation.offer.validity",
                    "The offer ends before it starts");
        }
        for (String area : content.serviceAreas()) {
            if (!AGS.matcher(area).matches() || !area.startsWith(districtKey)) {
                throw new DirectoryRuleViolation("serviceAreas", "directory.validation.municipality.other-district",
                        "Municipality " + area + " is not in district " + districtKey);
            }
        }
        for (String language : content.languages()) {
            if (!SpokenLanguages.isKnown(language)) {
                throw new DirectoryRuleViolation("languages", "directory.validation.offer.language",
                        "Unknown language code " + language);
            }
        }
        if (content.sites().isEmpty() && !content.flags().online() && !content.flags().byPhone()) {
            throw new DirectoryRuleViolation("sites", "directory.validation.offer.no-place",
                    "An offer takes place at a site, online or by phone");
        }
    }

    private static void tooLong(String field, @Nullable String value, int max) {
        if (value != null && value.length() > max) {
            throw new DirectoryRuleViolation(field, "directory.validation.too-long", field + " is too long");
        }
    }

    private static void checkWeb(String field, @Nullable String value) {
        if (value != null && (!WEB.matcher(value).matches() || value.length() > 500)) {
            throw new DirectoryRuleViolation(field, "directory.validation.url",
                    "A web address starts with http:// or https://: " + value);
        }
    }

    private static void checkAge(String field, @Nullable Integer age) {
        if (age != null && (age < 0 || age > 130)) {
            throw new DirectoryRuleViolation(field, "directory.validation.offer.age", "Not an age: " + age);
        }
    }

    /** The content as it is now (the published one, not a pending revision). */
    public OfferContent content() {
        return new OfferContent(name, description, feesNote, eligibilityNote, applicationNote, alert, url, email, phone,
                onlineUrl, flags(), wholeDistrict, minAge, maxAge, validFrom, validUntil, course(),
                classifications.stream().sorted(Comparator.comparing(Classification::taxonomy)
                        .thenComparing(Classification::code)).toList(),
                languages.stream().sorted().toList(), serviceAreas.stream().sorted().toList(),
                sites.stream().map(OfferSite::toData).toList(), contacts.stream().sorted().toList(),
                schedules.stream().map(ScheduleData::of).toList());
    }

    /** Refreshes the snapshot of a site's location after the location moved or changed its address. */
    public void relocateSite(LocationId location, SiteData snapshot, Instant now) {
        findSite(location.value()).ifPresent(site -> {
            site.update(new SiteData(location.value(), site.description(), snapshot.latitude(),
                    snapshot.longitude(), snapshot.municipalityKey(), snapshot.postalCode(), snapshot.city()));
            this.updatedAt = now;
        });
    }

    /** Copies the organisation's new name (it is kept here for the index and lists). */
    public void providerRenamed(String newName) {
        if (newName != null && !newName.isBlank()) {
            this.providerName = newName.strip();
        }
    }

    /** Recomputes the next course start or schedule date on or after {@code today} (nightly job). */
    public void refreshNextStart(LocalDate today) {
        this.nextStart = computeNextStart(today);
    }

    private @Nullable LocalDate computeNextStart(LocalDate today) {
        LocalDate next = courseStart != null && !courseStart.isBefore(today) ? courseStart : null;
        for (Schedule schedule : schedules) {
            if (schedule.kind() == ScheduleKind.OPENING_HOURS) {
                continue;
            }
            Optional<LocalDate> occurrence = schedule.nextOccurrence(today);
            if (occurrence.isPresent() && (next == null || occurrence.get().isBefore(next))) {
                next = occurrence.get();
            }
        }
        return next;
    }

    /** Keeps HSDS fields that have no column (a JSON object), for a lossless round trip. */
    public void keepHsdsExtra(String json) {
        this.hsdsExtra = json == null || json.isBlank() ? "{}" : json;
    }

    // ---------------------------------------------------------------- translations

    /** The offer's fields that are translated. */
    public static final Set<TranslatedField> TRANSLATED = Collections.unmodifiableSet(EnumSet.of(TranslatedField.NAME,
            TranslatedField.DESCRIPTION, TranslatedField.FEES, TranslatedField.ELIGIBILITY,
            TranslatedField.APPLICATION, TranslatedField.ALERT));

    /** The German text of a translated field; {@code null} when the field is empty. */
    public @Nullable String german(TranslatedField field) {
        return switch (field) {
            case NAME -> name;
            case DESCRIPTION -> description;
            case FEES -> feesNote;
            case ELIGIBILITY -> eligibilityNote;
            case APPLICATION -> applicationNote;
            case ALERT -> alert;
            default -> throw new IllegalArgumentException("An offer has no field " + field);
        };
    }

    /** Adds or replaces a translation, made from the German text as it is now; the row is CURRENT. */
    public Translation translate(TranslatedField field, ContentLanguage language, String text, boolean machine,
            Actor actor, Instant now) {
        requireTranslator(actor, "translate");
        String source = german(field);
        if (source == null) {
            throw new DirectoryRuleViolation("text", "directory.validation.offer.nothing-to-translate",
                    "The offer has no German " + field);
        }
        if (text == null || text.isBlank()) {
            throw new DirectoryRuleViolation("text", "directory.validation.required", "A translation needs a text");
        }
        Translation row = Translations.put(translations, field, language, text, source, machine, now, actor.name());
        this.updatedAt = now;
        return row;
    }

    /**
     * Takes over a translation from an import file in the state the file gives it: {@code current} → made from the
     * German text as it is now (CURRENT); otherwise made from an earlier German text that the file does not hold
     * (OUTDATED), so the translation workbench asks for it to be checked again.
     */
    public Translation importTranslation(TranslatedField field, ContentLanguage language, String text,
            boolean machine, boolean current, Actor actor, Instant now) {
        Translation row = translate(field, language, text, machine, actor, now);
        if (!current) {
            String german = german(field);
            row = Translations.put(translations, field, language, text, "(earlier German text) " + german, machine,
                    now, actor.name());
            Translations.germanChanged(translations, field, german);
        }
        return row;
    }

    /** Removes a translation; it is MISSING afterwards. */
    public void removeTranslation(TranslatedField field, ContentLanguage language, Actor actor, Instant now) {
        requireTranslator(actor, "translate");
        Translations.remove(translations, field, language);
        this.updatedAt = now;
    }

    /**
     * Whether the actor may change the translations now. A published offer's texts are public at once, so only a
     * reviewer changes them; a provider translates drafts and offers in review, which a coordinator checks before
     * publication, and asks the coordination for a published one.
     */
    public boolean translatableBy(Actor actor) {
        return actor.reviews(district()) || (actor.edits(district(), organisation()) && status != OfferStatus.PUBLISHED);
    }

    /**
     * Whether the actor's translation changes wait for review instead: a provider (not a reviewer) of a published
     * offer. The public keeps the current translations until a coordinator accepts them ({@link #acceptTranslation}).
     */
    public boolean proposesTranslationsAs(Actor actor) {
        return status == OfferStatus.PUBLISHED && !actor.reviews(district())
                && actor.edits(district(), organisation());
    }

    /**
     * Takes over a reviewed translation that was made from the German text with the fingerprint {@code madeFrom}: it
     * is CURRENT when the German text is still the same, else OUTDATED. Only a reviewer of the offer's district.
     */
    public Translation acceptTranslation(TranslatedField field, ContentLanguage language, String text,
            String madeFrom, boolean machine, String translatedBy, Actor reviewer, Instant now) {
        requireReviewer(reviewer, "accept-translation");
        String source = german(field);
        if (source == null || source.isBlank()) {
            throw new DirectoryRuleViolation("text", "directory.validation.offer.nothing-to-translate",
                    "The offer has no German " + field);
        }
        Translation row = Translations.putMadeFrom(translations, field, language, text, madeFrom, source, machine,
                now, translatedBy);
        this.updatedAt = now;
        return row;
    }

    private void requireTranslator(Actor actor, String command) {
        requireEditor(actor, command);
        if (!translatableBy(actor)) {
            throw new OfferTransitionNotAllowed(id(), command, status,
                    "a published offer's translations are changed by a reviewer");
        }
    }

    /** All translations, for the translation workbench and the public pages. */
    public Set<Translation> translations() {
        return Collections.unmodifiableSet(translations);
    }

    // ---------------------------------------------------------------- status machine (§2.5)

    /** DRAFT → IN_REVIEW: the provider (or a coordinator) asks for review. */
    public void submit(Actor actor, Instant now) {
        requireEditor(actor, "submit");
        requireStatus("submit", OfferStatus.DRAFT);
        this.status = OfferStatus.IN_REVIEW;
        this.submittedAt = now;
        this.reviewNote = null;
        this.updatedAt = now;
        events.add(new OfferReviewRequested(id(), district(), organisation()));
    }

    /** IN_REVIEW → PUBLISHED: a coordinator or county admin approves. Never a provider. */
    public void approve(Actor actor, Instant now) {
        requireReviewer(actor, "approve");
        requireStatus("approve", OfferStatus.IN_REVIEW);
        published(actor, now);
    }

    /** IN_REVIEW → DRAFT: a coordinator or county admin sends the offer back with a note. */
    public void reject(Actor actor, Instant now, @Nullable String note) {
        requireReviewer(actor, "reject");
        requireStatus("reject", OfferStatus.IN_REVIEW);
        this.status = OfferStatus.DRAFT;
        this.reviewedBy = actor.account();
        this.reviewNote = blankToNull(note);
        this.updatedAt = now;
    }

    /** DRAFT → PUBLISHED without review: a coordinator or county admin (or an import). Never a provider. */
    public void publish(Actor actor, Instant now) {
        requireReviewer(actor, "publish");
        requireStatus("publish", OfferStatus.DRAFT);
        published(actor, now);
    }

    /**
     * Publishing is a confirmation: someone who reviews just checked the content. Without it an old draft, or an offer
     * withdrawn as stale and published again after its restore window, would be flagged or withdrawn by the next
     * freshness run at once.
     */
    private void published(Actor actor, Instant now) {
        this.status = OfferStatus.PUBLISHED;
        this.archiveReason = null;
        this.publishedAt = now;
        this.reviewedBy = actor.account();
        this.reviewNote = null;
        this.withdrawnAt = null;
        confirmed(now);
        this.updatedAt = now;
        events.add(new OfferPublished(id(), district(), organisation()));
    }

    /**
     * PUBLISHED → ARCHIVED: the offer ended (or is paused, or duplicated another). A provider archives only with
     * ENDED or TEMPORARILY_CLOSED; STALE is the freshness job's ({@link #withdrawAsStale}). A pending revision is
     * discarded.
     */
    public void archive(ArchiveReason reason, Actor actor, Instant now) {
        requireEditor(actor, "archive");
        requireStatus("archive", OfferStatus.PUBLISHED);
        if (reason == ArchiveReason.STALE
                || (reason == ArchiveReason.REJECTED_DUPLICATE && !actor.reviews(district()))) {
            throw new OfferTransitionNotAllowed(id(), "archive", status, "reason " + reason + " not for this actor");
        }
        withdrawn(reason, now);
    }

    /** PUBLISHED → ARCHIVED(STALE): nobody confirmed the offer in time (the system's freshness job). */
    public void withdrawAsStale(Actor actor, Instant now) {
        if (actor.kind() != Actor.Kind.SYSTEM) {
            throw new OfferTransitionNotAllowed(id(), "withdraw-as-stale", status, "only the freshness job");
        }
        requireStatus("withdraw-as-stale", OfferStatus.PUBLISHED);
        if (staleSince == null) {
            this.staleSince = now;
        }
        withdrawn(ArchiveReason.STALE, now);
    }

    private void withdrawn(ArchiveReason reason, Instant now) {
        this.status = OfferStatus.ARCHIVED;
        this.archiveReason = reason;
        this.withdrawnAt = now;
        clearRevision();
        this.updatedAt = now;
        events.add(new OfferWithdrawn(id(), district(), organisation()));
    }

    /** Marks a published offer as overdue for confirmation (the freshness job's flag). */
    public void flagStale(Instant now) {
        requireStatus("flag-stale", OfferStatus.PUBLISHED);
        if (staleSince == null) {
            this.staleSince = now;
        }
    }

    /** {@link #confirm(Actor, Instant, Duration)} with the default restore window. */
    public void confirm(Actor actor, Instant now) {
        confirm(actor, now, DEFAULT_RESTORE_WINDOW);
    }

    /**
     * The offer is still right. A published offer counts as confirmed now; one withdrawn as stale within the restore
     * window is published again without review (nothing changed).
     */
    public void confirm(Actor actor, Instant now, Duration restoreWindow) {
        requireEditor(actor, "confirm");
        if (status == OfferStatus.PUBLISHED) {
            confirmed(now);
            this.updatedAt = now;
            return;
        }
        if (status == OfferStatus.ARCHIVED && archiveReason == ArchiveReason.STALE && withdrawnAt != null
                && !now.isAfter(withdrawnAt.plus(restoreWindow))) {
            confirmed(now);
            this.status = OfferStatus.PUBLISHED;
            this.archiveReason = null;
            this.withdrawnAt = null;
            this.updatedAt = now;
            events.add(new OfferPublished(id(), district(), organisation()));
            return;
        }
        throw new OfferTransitionNotAllowed(id(), "confirm", status, "neither published nor recently stale");
    }

    private void confirmed(Instant now) {
        this.lastConfirmedAt = now;
        this.staleSince = null;
    }

    /** ARCHIVED → DRAFT: the offer is worked on again and needs a new review or publication. */
    public void reopen(Actor actor, Instant now) {
        requireEditor(actor, "reopen");
        requireStatus("reopen", OfferStatus.ARCHIVED);
        this.status = OfferStatus.DRAFT;
        this.archiveReason = null;
        this.updatedAt = now;
    }

    /** Whether the offer may be deleted: only drafts, which were never public. */
    public boolean isDeletable() {
        return status == OfferStatus.DRAFT;
    }

    /** Checks that the actor may delete the offer; the caller removes it. */
    public void requireDeletable(Actor actor) {
        requireEditor(actor, "delete");
        requireStatus("delete", OfferStatus.DRAFT);
    }

    /** Which commands the actor may run now (for the buttons of the detail page). */
    public Set<String> allowedCommands(Actor actor) {
        Set<String> allowed = new LinkedHashSet<>();
        boolean reviewer = actor.reviews(district());
        if (!actor.edits(district(), organisation())) {
            return allowed;
        }
        allowed.add("edit");
        switch (status) {
            case DRAFT -> {
                allowed.add("submit");
                if (reviewer) {
                    allowed.add("publish");
                }
                allowed.add("delete");
            }
            case IN_REVIEW -> {
                if (reviewer) {
                    allowed.add("approve");
                    allowed.add("reject");
                }
            }
            case PUBLISHED -> {
                allowed.add("archive");
                allowed.add("confirm");
                if (reviewer && pendingRevision != null) {
                    allowed.add("approve-revision");
                    allowed.add("reject-revision");
                }
            }
            case ARCHIVED -> allowed.add("reopen");
        }
        return allowed;
    }

    private void requireStatus(String command, OfferStatus expected) {
        if (status != expected) {
            throw new OfferTransitionNotAllowed(id(), command, status, "needs " + expected);
        }
    }

    private void requireEditor(Actor actor, String command) {
        if (!actor.edits(district(), organisation())) {
            throw new OfferTransitionNotAllowed(id(), command, status, "actor may not edit this offer");
        }
    }

    private void requireReviewer(Actor actor, String command) {
        if (!actor.reviews(district())) {
            throw new OfferTransitionNotAllowed(id(), command, status, "only coordinators and county admins");
        }
    }

    private static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** The events raised since the last call, for the service to publish; the list is emptied. */
    public List<Object> drainEvents() {
        List<Object> drained = List.copyOf(events);
        events.clear();
        return drained;
    }

    // ---------------------------------------------------------------- accessors

    public OfferId id() {
        return OfferId.of(id);
    }

    public DistrictKey district() {
        return DistrictKey.of(districtKey);
    }

    @Override
    public DistrictKey owningDistrict() {
        return district();
    }

    public OrganisationId organisation() {
        return OrganisationId.of(organisationId);
    }

    public String providerName() {
        return providerName;
    }

    public OfferStatus status() {
        return status;
    }

    public Optional<ArchiveReason> archiveReason() {
        return Optional.ofNullable(archiveReason);
    }

    public String name() {
        return name;
    }

    public String nameKey() {
        return nameKey;
    }

    public String description() {
        return description;
    }

    public @Nullable String feesNote() {
        return feesNote;
    }

    public @Nullable String eligibilityNote() {
        return eligibilityNote;
    }

    public @Nullable String applicationNote() {
        return applicationNote;
    }

    public @Nullable String alert() {
        return alert;
    }

    public @Nullable String url() {
        return url;
    }

    public @Nullable String email() {
        return email;
    }

    public @Nullable String phone() {
        return phone;
    }

    public @Nullable String onlineUrl() {
        return onlineUrl;
    }

    public OfferFlags flags() {
        return new OfferFlags(freeOfCharge, registrationRequired, appointmentRequired, barrierFree, lowThreshold,
                volunteerRun, online, byPhone);
    }

    public boolean wholeDistrict() {
        return wholeDistrict;
    }

    public @Nullable Integer minAge() {
        return minAge;
    }

    public @Nullable Integer maxAge() {
        return maxAge;
    }

    public @Nullable LocalDate validFrom() {
        return validFrom;
    }

    public @Nullable LocalDate validUntil() {
        return validUntil;
    }

    public CourseDetails course() {
        return new CourseDetails(courseLevel, courseStart, courseEnd, placesTotal, placesFree, registrationDeadline);
    }

    public @Nullable LocalDate nextStart() {
        return nextStart;
    }

    public List<OfferSite> sites() {
        return Collections.unmodifiableList(sites);
    }

    public List<Schedule> schedules() {
        return Collections.unmodifiableList(schedules);
    }

    public Set<Classification> classifications() {
        return Collections.unmodifiableSet(classifications);
    }

    public Set<String> languages() {
        return Collections.unmodifiableSet(languages);
    }

    public Set<String> serviceAreas() {
        return Collections.unmodifiableSet(serviceAreas);
    }

    public Set<UUID> contacts() {
        return Collections.unmodifiableSet(contacts);
    }

    public Instant lastConfirmedAt() {
        return lastConfirmedAt;
    }

    public Optional<Instant> staleSince() {
        return Optional.ofNullable(staleSince);
    }

    public Optional<Instant> withdrawnAt() {
        return Optional.ofNullable(withdrawnAt);
    }

    /** The provider's change of the published offer that waits for review. */
    public Optional<OfferContent> pendingRevision() {
        return Optional.ofNullable(pendingRevision).map(OfferContentJson::read);
    }

    public boolean hasPendingRevision() {
        return pendingRevision != null;
    }

    public Optional<UUID> pendingRevisionBy() {
        return Optional.ofNullable(pendingRevisionBy);
    }

    public Optional<Instant> pendingRevisionAt() {
        return Optional.ofNullable(pendingRevisionAt);
    }

    public Optional<Instant> submittedAt() {
        return Optional.ofNullable(submittedAt);
    }

    public Optional<Instant> publishedAt() {
        return Optional.ofNullable(publishedAt);
    }

    public Optional<UUID> reviewedBy() {
        return Optional.ofNullable(reviewedBy);
    }

    public @Nullable String reviewNote() {
        return reviewNote;
    }

    public Optional<UUID> importJobId() {
        return Optional.ofNullable(importJobId);
    }

    public boolean isDemo() {
        return demo;
    }

    public String hsdsExtra() {
        return hsdsExtra;
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

    @Override
    public String toString() {
        return "Offer[" + id + "]";
    }
}
