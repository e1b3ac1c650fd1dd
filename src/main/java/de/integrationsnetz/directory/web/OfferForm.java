package de.integrationsnetz.directory.web;

import de.integrationsnetz.directory.offer.Classification;
import de.integrationsnetz.directory.offer.CourseDetails;
import de.integrationsnetz.directory.offer.CourseLevel;
import de.integrationsnetz.directory.offer.OfferContent;
import de.integrationsnetz.directory.offer.OfferFlags;
import de.integrationsnetz.directory.offer.OfferFormOptions;
import de.integrationsnetz.directory.offer.ScheduleData;
import de.integrationsnetz.directory.offer.SiteData;
import de.integrationsnetz.directory.schedule.Schedule;
import de.integrationsnetz.directory.taxonomy.CatalogTerm;
import de.integrationsnetz.shared.MunicipalityKey;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.validation.BindingResult;

/**
 * The offer form (create and edit). Categories and target groups are taxonomy term ids, sites are location ids of the
 * offer's organisation, contacts its contact person ids, service areas municipality keys (AGS); schedules are
 * {@link ScheduleFields}. Rows of schedules nobody filled in are ignored.
 */
public class OfferForm {

    @NotBlank(message = "{directory.validation.required}")
    @Size(max = 300, message = "{directory.validation.too-long}")
    private String name = "";

    @NotBlank(message = "{directory.validation.required}")
    @Size(max = 10_000, message = "{directory.validation.too-long}")
    private String description = "";

    @Size(max = 5_000, message = "{directory.validation.too-long}")
    private String feesNote = "";

    @Size(max = 5_000, message = "{directory.validation.too-long}")
    private String eligibilityNote = "";

    @Size(max = 5_000, message = "{directory.validation.too-long}")
    private String applicationNote = "";

    @Size(max = 5_000, message = "{directory.validation.too-long}")
    private String alert = "";

    @Pattern(regexp = "^$|^(?i)https?://\\S+$", message = "{directory.validation.url}")
    @Size(max = 500, message = "{directory.validation.too-long}")
    private String url = "";

    @Email(message = "{directory.validation.email}")
    @Size(max = 320, message = "{directory.validation.too-long}")
    private String email = "";

    @Pattern(regexp = "^$|^[0-9+ ()/\\-]{3,50}$", message = "{directory.validation.phone}")
    private String phone = "";

    @Pattern(regexp = "^$|^(?i)https?://\\S+$", message = "{directory.validation.url}")
    @Size(max = 500, message = "{directory.validation.too-long}")
    private String onlineUrl = "";

    private boolean freeOfCharge;
    private boolean registrationRequired;
    private boolean appointmentRequired;
    private boolean barrierFree;
    private boolean lowThreshold;
    private boolean volunteerRun;
    private boolean online;
    private boolean byPhone;
    private boolean wholeDistrict;

    @Min(value = 0, message = "{directory.validation.offer.age}")
    @Max(value = 130, message = "{directory.validation.offer.age}")
    private @Nullable Integer minAge;

    @Min(value = 0, message = "{directory.validation.offer.age}")
    @Max(value = 130, message = "{directory.validation.offer.age}")
    private @Nullable Integer maxAge;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private @Nullable LocalDate validFrom;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private @Nullable LocalDate validUntil;

    @Pattern(regexp = "^$|^(A1|A2|B1|B2|C1|C2)$", message = "{directory.validation.offer.course-level}")
    private String courseLevel = "";

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private @Nullable LocalDate courseStart;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private @Nullable LocalDate courseEnd;

    @Min(value = 0, message = "{directory.validation.offer.places-negative}")
    @Max(value = 100_000, message = "{directory.validation.too-long}")
    private @Nullable Integer placesTotal;

    @Min(value = 0, message = "{directory.validation.offer.places-negative}")
    @Max(value = 100_000, message = "{directory.validation.too-long}")
    private @Nullable Integer placesFree;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private @Nullable LocalDate registrationDeadline;

    private List<String> categories = new ArrayList<>();
    private List<String> targetGroups = new ArrayList<>();
    private List<String> languages = new ArrayList<>();
    private List<String> serviceAreas = new ArrayList<>();
    private List<String> sites = new ArrayList<>();
    private List<String> contacts = new ArrayList<>();
    private List<ScheduleFields> schedules = new ArrayList<>();

    private long version;

    /** A new offer's form: no schedule yet. */
    static OfferForm empty() {
        return new OfferForm();
    }

    /** The form with an offer's content (the published one, or a pending revision a provider continues). */
    static OfferForm of(OfferContent content, long version) {
        OfferForm form = new OfferForm();
        form.name = content.name();
        form.description = content.description();
        form.feesNote = orEmpty(content.feesNote());
        form.eligibilityNote = orEmpty(content.eligibilityNote());
        form.applicationNote = orEmpty(content.applicationNote());
        form.alert = orEmpty(content.alert());
        form.url = orEmpty(content.url());
        form.email = orEmpty(content.email());
        form.phone = orEmpty(content.phone());
        form.onlineUrl = orEmpty(content.onlineUrl());
        OfferFlags flags = content.flags();
        form.freeOfCharge = flags.freeOfCharge();
        form.registrationRequired = flags.registrationRequired();
        form.appointmentRequired = flags.appointmentRequired();
        form.barrierFree = flags.barrierFree();
        form.lowThreshold = flags.lowThreshold();
        form.volunteerRun = flags.volunteerRun();
        form.online = flags.online();
        form.byPhone = flags.byPhone();
        form.wholeDistrict = content.wholeDistrict();
        form.minAge = content.minAge();
        form.maxAge = content.maxAge();
        form.validFrom = content.validFrom();
        form.validUntil = content.validUntil();
        CourseDetails course = content.course();
        form.courseLevel = course.level() == null ? "" : course.level().name();
        form.courseStart = course.start();
        form.courseEnd = course.end();
        form.placesTotal = course.placesTotal();
        form.placesFree = course.placesFree();
        form.registrationDeadline = course.registrationDeadline();
        for (Classification classification : content.classifications()) {
            if (classification.taxonomy().equals(de.integrationsnetz.directory.taxonomy.TaxonomyCatalog.TARGET_GROUPS)) {
                form.targetGroups.add(classification.termId().toString());
            } else {
                form.categories.add(classification.termId().toString());
            }
        }
        form.languages = new ArrayList<>(content.languages());
        form.serviceAreas = new ArrayList<>(content.serviceAreas());
        form.sites = new ArrayList<>(content.sites().stream().map(site -> site.locationId().toString()).toList());
        form.contacts = new ArrayList<>(content.contacts().stream().map(UUID::toString).toList());
        form.schedules = new ArrayList<>(content.schedules().stream()
                .map(data -> ScheduleFields.from(data.toSchedule())).toList());
        form.version = version;
        return form;
    }

    /** Checks what annotations cannot: ids, the course data, ages, validity, a place, and every schedule. */
    void check(BindingResult errors, OfferFormOptions options) {
        Map<String, OfferFormOptions.LocationOption> locations = locations(options);
        if (sites.stream().anyMatch(id -> !locations.containsKey(id))) {
            errors.rejectValue("sites", "directory.validation.offer.site-unknown");
        }
        if (!errors.hasFieldErrors("sites") && sites.isEmpty() && !online && !byPhone) {
            errors.rejectValue("sites", "directory.validation.offer.no-place");
        }
        List<String> contactIds = options.contacts().stream().map(contact -> contact.id().toString()).toList();
        if (!contactIds.containsAll(contacts)) {
            errors.rejectValue("contacts", "directory.validation.offer.contact-unknown");
        }
        if (!terms(options).keySet().containsAll(categories)) {
            errors.rejectValue("categories", "directory.validation.offer.term-unknown");
        }
        if (!terms(options).keySet().containsAll(targetGroups)) {
            errors.rejectValue("targetGroups", "directory.validation.offer.term-unknown");
        }
        if (!options.languages().containsAll(languages)) {
            errors.rejectValue("languages", "directory.validation.offer.language");
        }
        List<String> keys = options.municipalities().stream().map(m -> m.key().value()).toList();
        if (!keys.containsAll(serviceAreas)) {
            errors.rejectValue("serviceAreas", "directory.validation.municipality.unknown");
        }
        if (minAge != null && maxAge != null && maxAge < minAge && !errors.hasFieldErrors("maxAge")) {
            errors.rejectValue("maxAge", "directory.validation.offer.ages");
        }
        if (validFrom != null && validUntil != null && validUntil.isBefore(validFrom)) {
            errors.rejectValue("validUntil", "directory.validation.offer.validity");
        }
        if (placesTotal != null && placesFree != null && placesFree > placesTotal && !errors.hasFieldErrors("placesFree")) {
            errors.rejectValue("placesFree", "directory.validation.offer.places-free");
        }
        if (courseStart != null && courseEnd != null && courseEnd.isBefore(courseStart)) {
            errors.rejectValue("courseEnd", "directory.validation.offer.course-end");
        }
        if (registrationDeadline != null && courseEnd != null && registrationDeadline.isAfter(courseEnd)) {
            errors.rejectValue("registrationDeadline", "directory.validation.offer.deadline");
        }
        for (int i = 0; i < schedules.size(); i++) {
            ScheduleFields schedule = schedules.get(i);
            if (!schedule.hasNoInput()) {
                schedule.validate(errors, "schedules[" + i + "]");
            }
        }
    }

    /** The content; only after {@link #check} found nothing. */
    OfferContent toContent(OfferFormOptions options) {
        Map<String, OfferFormOptions.LocationOption> locations = locations(options);
        Map<String, CatalogTerm> terms = terms(options);
        List<Classification> classifications = new ArrayList<>();
        for (String id : concat(categories, targetGroups)) {
            Optional.ofNullable(terms.get(id)).ifPresent(term ->
                    classifications.add(new Classification(term.id().value(), term.taxonomy(), term.code())));
        }
        List<SiteData> chosenSites = sites.stream().map(locations::get).filter(java.util.Objects::nonNull)
                .map(OfferFormOptions.LocationOption::snapshot).toList();
        List<ScheduleData> scheduleData = new ArrayList<>();
        for (ScheduleFields fields : schedules) {
            if (!fields.hasNoInput()) {
                Schedule schedule = fields.toSchedule();
                scheduleData.add(ScheduleData.of(schedule));
            }
        }
        return new OfferContent(name, description, feesNote, eligibilityNote, applicationNote, alert, url, email,
                phone, onlineUrl,
                new OfferFlags(freeOfCharge, registrationRequired, appointmentRequired, barrierFree, lowThreshold,
                        volunteerRun, online, byPhone),
                wholeDistrict, minAge, maxAge, validFrom, validUntil,
                new CourseDetails(CourseLevel.parse(courseLevel), courseStart, courseEnd, placesTotal, placesFree,
                        registrationDeadline),
                classifications, languages, wholeDistrict ? List.of() : serviceAreas.stream()
                        .filter(MunicipalityKey::isValid).toList(),
                chosenSites, contacts.stream().map(UUID::fromString).toList(), scheduleData);
    }

    /** Adds an empty schedule row (the form is shown again, nothing is saved). */
    void addSchedule() {
        schedules.add(ScheduleFields.empty());
    }

    /** Removes a schedule row (the form is shown again, nothing is saved). */
    void removeSchedule(int index) {
        if (index >= 0 && index < schedules.size()) {
            schedules.remove(index);
        }
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    private static Map<String, OfferFormOptions.LocationOption> locations(OfferFormOptions options) {
        return options.locations().stream().collect(Collectors.toMap(l -> l.id().toString(), Function.identity()));
    }

    private static Map<String, CatalogTerm> terms(OfferFormOptions options) {
        return concatTerms(options).stream()
                .collect(Collectors.toMap(t -> t.id().value().toString(), Function.identity(), (a, b) -> a));
    }

    private static List<CatalogTerm> concatTerms(OfferFormOptions options) {
        List<CatalogTerm> all = new ArrayList<>(options.categories());
        all.addAll(options.targetGroups());
        return all;
    }

    private static String orEmpty(@Nullable String value) {
        return value == null ? "" : value;
    }

    private static String strip(@Nullable String value) {
        return value == null ? "" : value.strip();
    }

    private static List<String> clean(@Nullable List<String> values) {
        return values == null ? new ArrayList<>() : new ArrayList<>(values.stream()
                .filter(value -> value != null && !value.isBlank()).map(String::strip).distinct().toList());
    }

    // --- bean properties for data binding ---------------------------------------------------------------------

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

    public String getFeesNote() {
        return feesNote;
    }

    public void setFeesNote(@Nullable String feesNote) {
        this.feesNote = strip(feesNote);
    }

    public String getEligibilityNote() {
        return eligibilityNote;
    }

    public void setEligibilityNote(@Nullable String eligibilityNote) {
        this.eligibilityNote = strip(eligibilityNote);
    }

    public String getApplicationNote() {
        return applicationNote;
    }

    public void setApplicationNote(@Nullable String applicationNote) {
        this.applicationNote = strip(applicationNote);
    }

    public String getAlert() {
        return alert;
    }

    public void setAlert(@Nullable String alert) {
        this.alert = strip(alert);
    }

    public String getUrl() {
        return url;
    }

    public void setUrl(@Nullable String url) {
        this.url = strip(url);
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(@Nullable String email) {
        this.email = strip(email);
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(@Nullable String phone) {
        this.phone = strip(phone);
    }

    public String getOnlineUrl() {
        return onlineUrl;
    }

    public void setOnlineUrl(@Nullable String onlineUrl) {
        this.onlineUrl = strip(onlineUrl);
    }

    public boolean isFreeOfCharge() {
        return freeOfCharge;
    }

    public void setFreeOfCharge(boolean freeOfCharge) {
        this.freeOfCharge = freeOfCharge;
    }

    public boolean isRegistrationRequired() {
        return registrationRequired;
    }

    public void setRegistrationRequired(boolean registrationRequired) {
        this.registrationRequired = registrationRequired;
    }

    public boolean isAppointmentRequired() {
        return appointmentRequired;
    }

    public void setAppointmentRequired(boolean appointmentRequired) {
        this.appointmentRequired = appointmentRequired;
    }

    public boolean isBarrierFree() {
        return barrierFree;
    }

    public void setBarrierFree(boolean barrierFree) {
        this.barrierFree = barrierFree;
    }

    public boolean isLowThreshold() {
        return lowThreshold;
    }

    public void setLowThreshold(boolean lowThreshold) {
        this.lowThreshold = lowThreshold;
    }

    public boolean isVolunteerRun() {
        return volunteerRun;
    }

    public void setVolunteerRun(boolean volunteerRun) {
        this.volunteerRun = volunteerRun;
    }

    public boolean isOnline() {
        return online;
    }

    public void setOnline(boolean online) {
        this.online = online;
    }

    public boolean isByPhone() {
        return byPhone;
    }

    public void setByPhone(boolean byPhone) {
        this.byPhone = byPhone;
    }

    public boolean isWholeDistrict() {
        return wholeDistrict;
    }

    public void setWholeDistrict(boolean wholeDistrict) {
        this.wholeDistrict = wholeDistrict;
    }

    public @Nullable Integer getMinAge() {
        return minAge;
    }

    public void setMinAge(@Nullable Integer minAge) {
        this.minAge = minAge;
    }

    public @Nullable Integer getMaxAge() {
        return maxAge;
    }

    public void setMaxAge(@Nullable Integer maxAge) {
        this.maxAge = maxAge;
    }

    public @Nullable LocalDate getValidFrom() {
        return validFrom;
    }

    public void setValidFrom(@Nullable LocalDate validFrom) {
        this.validFrom = validFrom;
    }

    public @Nullable LocalDate getValidUntil() {
        return validUntil;
    }

    public void setValidUntil(@Nullable LocalDate validUntil) {
        this.validUntil = validUntil;
    }

    public String getCourseLevel() {
        return courseLevel;
    }

    public void setCourseLevel(@Nullable String courseLevel) {
        this.courseLevel = strip(courseLevel).toUpperCase(java.util.Locale.ROOT);
    }

    public @Nullable LocalDate getCourseStart() {
        return courseStart;
    }

    public void setCourseStart(@Nullable LocalDate courseStart) {
        this.courseStart = courseStart;
    }

    public @Nullable LocalDate getCourseEnd() {
        return courseEnd;
    }

    public void setCourseEnd(@Nullable LocalDate courseEnd) {
        this.courseEnd = courseEnd;
    }

    public @Nullable Integer getPlacesTotal() {
        return placesTotal;
    }

    public void setPlacesTotal(@Nullable Integer placesTotal) {
        this.placesTotal = placesTotal;
    }

    public @Nullable Integer getPlacesFree() {
        return placesFree;
    }

    public void setPlacesFree(@Nullable Integer placesFree) {
        this.placesFree = placesFree;
    }

    public @Nullable LocalDate getRegistrationDeadline() {
        return registrationDeadline;
    }

    public void setRegistrationDeadline(@Nullable LocalDate registrationDeadline) {
        this.registrationDeadline = registrationDeadline;
    }

    public List<String> getCategories() {
        return categories;
    }

    public void setCategories(@Nullable List<String> categories) {
        this.categories = clean(categories);
    }

    public List<String> getTargetGroups() {
        return targetGroups;
    }

    public void setTargetGroups(@Nullable List<String> targetGroups) {
        this.targetGroups = clean(targetGroups);
    }

    public List<String> getLanguages() {
        return languages;
    }

    public void setLanguages(@Nullable List<String> languages) {
        this.languages = clean(languages);
    }

    public List<String> getServiceAreas() {
        return serviceAreas;
    }

    public void setServiceAreas(@Nullable List<String> serviceAreas) {
        this.serviceAreas = clean(serviceAreas);
    }

    public List<String> getSites() {
        return sites;
    }

    public void setSites(@Nullable List<String> sites) {
        this.sites = clean(sites);
    }

    public List<String> getContacts() {
        return contacts;
    }

    public void setContacts(@Nullable List<String> contacts) {
        this.contacts = clean(contacts);
    }

    public List<ScheduleFields> getSchedules() {
        return schedules;
    }

    public void setSchedules(@Nullable List<ScheduleFields> schedules) {
        this.schedules = schedules == null ? new ArrayList<>() : schedules;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}
