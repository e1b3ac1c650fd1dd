package de.integrationsnetz.directory.publicview;

import de.integrationsnetz.directory.Address;
import de.integrationsnetz.directory.ContentLanguage;
import de.integrationsnetz.directory.Coordinates;
import de.integrationsnetz.directory.OfferId;
import de.integrationsnetz.directory.OrganisationId;
import de.integrationsnetz.directory.offer.CourseDetails;
import de.integrationsnetz.directory.offer.OfferFlags;
import de.integrationsnetz.directory.offer.OfferStatus;
import de.integrationsnetz.directory.organisation.OrganisationType;
import de.integrationsnetz.directory.schedule.Schedule;
import de.integrationsnetz.directory.search.Label;
import de.integrationsnetz.directory.translation.TranslationStatus;
import de.integrationsnetz.shared.DistrictKey;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * An offer as the public sees it, in the reader's language (German where a translation is missing or outdated). Built
 * only for published and archived offers; the page answers 410 for an archived one and shows nothing of it.
 *
 * @param serviceAreas the municipalities served, by name (empty when {@code wholeDistrict})
 * @param contacts the offer's contact persons who agreed to be published
 */
public record PublicOffer(OfferId id, long version, OfferStatus status, DistrictKey district, String districtName,
        ContentLanguage reader, PublicText name, PublicText description, @Nullable PublicText fees,
        @Nullable PublicText eligibility, @Nullable PublicText application, @Nullable PublicText alert,
        Provider provider, OfferFlags flags, boolean wholeDistrict, List<Label> serviceAreas,
        @Nullable Integer minAge, @Nullable Integer maxAge, @Nullable LocalDate validFrom,
        @Nullable LocalDate validUntil, CourseDetails course, List<Label> categories, List<Label> targetGroups,
        List<Label> features, List<Label> languages, List<Site> sites, List<Dates> schedules,
        List<Contact> contacts, @Nullable String url, @Nullable String email, @Nullable String phone,
        @Nullable String onlineUrl, Instant lastConfirmedAt, Instant updatedAt, @Nullable LocalDate nextStart) {

    public boolean isPublished() {
        return status == OfferStatus.PUBLISHED;
    }

    /** Whether any of the offer's texts is shown in German on a page in another language. */
    public boolean hasFallback() {
        return Stream.of(name, description, fees, eligibility, application, alert)
                .anyMatch(text -> text != null && text.isFallback());
    }

    /** The first reason why a text is shown in German, for the page's notice; {@code null} without fallback. */
    public @Nullable TranslationStatus fallbackReason() {
        return Stream.of(name, description, fees, eligibility, application, alert)
                .filter(text -> text != null && text.isFallback()).map(PublicText::fallback).findFirst()
                .orElse(null);
    }

    /** Whether a text shown in the reader's language was translated by a machine (the page says so). */
    public boolean machineTranslated() {
        return Stream.of(name, description, fees, eligibility, application, alert)
                .anyMatch(text -> text != null && text.machine());
    }

    /** Whether the offer is a course with a level (integration and language courses). */
    public boolean hasCourse() {
        return course.level() != null;
    }

    /** The day the provider last confirmed the offer, in Germany. */
    public LocalDate lastConfirmedDate() {
        return lastConfirmedAt.atZone(java.time.ZoneId.of("Europe/Berlin")).toLocalDate();
    }

    public List<Site> sitesWithCoordinates() {
        return sites.stream().filter(site -> site.coordinates() != null).toList();
    }

    /** The organisation behind the offer. */
    public record Provider(OrganisationId id, String name, OrganisationType type, Address address,
            @Nullable String phone, @Nullable String email, @Nullable String website) {}

    /**
     * A place where the offer takes place.
     *
     * @param municipality the municipality's name, when known
     */
    public record Site(UUID id, String name, Address address, @Nullable Coordinates coordinates,
            @Nullable String municipality, @Nullable PublicText description, @Nullable PublicText transportation,
            @Nullable PublicText accessibility, boolean barrierFree, @Nullable String url) {

        /**
         * Why the site's translatable notes (transportation, accessibility) are shown in German on a page in another
         * language; {@code null} when they are in the reader's language or there are none.
         */
        public @Nullable TranslationStatus fallbackReason() {
            return java.util.stream.Stream.of(transportation, accessibility)
                    .filter(text -> text != null && text.isFallback()).map(PublicText::fallback).findFirst()
                    .orElse(null);
        }

        /** Latitude and longitude as the OpenStreetMap directions link wants them. */
        public @Nullable String osmTarget() {
            return coordinates == null ? null
                    : String.format(java.util.Locale.ROOT, "%.5f,%.5f", coordinates.latitude(), coordinates.longitude());
        }
    }

    /**
     * A schedule in words with its next dates.
     *
     * @param site the name of the site the schedule belongs to, if it belongs to one
     */
    public record Dates(Schedule schedule, String text, List<LocalDate> next, @Nullable String site) {}

    /** A contact person who agreed to be published. */
    public record Contact(String name, @Nullable String functionTitle, @Nullable String department,
            @Nullable String phone, @Nullable String email) {}
}
