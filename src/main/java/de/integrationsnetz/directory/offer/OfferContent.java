package de.integrationsnetz.directory.offer;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Everything about an offer that its editors change, in one value: what a form submits, what {@link Offer#revise}
 * applies, and what a provider's pending revision of a published offer holds (stored as JSON in
 * {@code offers.pending_revision}). The organisation is not part of it: an offer stays with its organisation.
 *
 * @param serviceAreas municipality keys (AGS) of the offer's district
 * @param languages codes of the languages spoken in the offer (docs/directory.md §9.3)
 * @param contacts ids of contact persons of the offer's organisation
 */
public record OfferContent(String name, String description, @Nullable String feesNote,
        @Nullable String eligibilityNote, @Nullable String applicationNote, @Nullable String alert,
        @Nullable String url, @Nullable String email, @Nullable String phone, @Nullable String onlineUrl,
        OfferFlags flags, boolean wholeDistrict, @Nullable Integer minAge, @Nullable Integer maxAge,
        @Nullable LocalDate validFrom, @Nullable LocalDate validUntil, CourseDetails course,
        List<Classification> classifications, List<String> languages, List<String> serviceAreas,
        List<SiteData> sites, List<UUID> contacts, List<ScheduleData> schedules) {

    public OfferContent {
        name = name == null ? "" : name.strip();
        description = description == null ? "" : description.strip();
        feesNote = blankToNull(feesNote);
        eligibilityNote = blankToNull(eligibilityNote);
        applicationNote = blankToNull(applicationNote);
        alert = blankToNull(alert);
        url = blankToNull(url);
        email = blankToNull(email);
        phone = blankToNull(phone);
        onlineUrl = blankToNull(onlineUrl);
        flags = flags == null ? OfferFlags.NONE : flags;
        course = course == null ? CourseDetails.NONE : course;
        classifications = classifications == null ? List.of() : List.copyOf(classifications);
        languages = languages == null ? List.of() : languages.stream().distinct().sorted().toList();
        serviceAreas = serviceAreas == null ? List.of() : serviceAreas.stream().distinct().sorted().toList();
        sites = sites == null ? List.of() : List.copyOf(sites);
        contacts = contacts == null ? List.of() : contacts.stream().distinct().toList();
        schedules = schedules == null ? List.of() : List.copyOf(schedules);
    }

    private static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** A copy with other sites (e.g. with fresh snapshots of their locations). */
    public OfferContent withSites(List<SiteData> newSites) {
        return new OfferContent(name, description, feesNote, eligibilityNote, applicationNote, alert, url, email,
                phone, onlineUrl, flags, wholeDistrict, minAge, maxAge, validFrom, validUntil, course,
                classifications, languages, serviceAreas, newSites, contacts, schedules);
    }
}
