package de.integrationsnetz.directory.exports;

import de.integrationsnetz.directory.imports.OfferColumn;
import de.integrationsnetz.directory.offer.Classification;
import de.integrationsnetz.directory.offer.CourseDetails;
import de.integrationsnetz.directory.offer.Offer;
import de.integrationsnetz.directory.offer.OfferContent;
import de.integrationsnetz.directory.offer.OfferFlags;
import de.integrationsnetz.directory.offer.OfferSite;
import de.integrationsnetz.directory.taxonomy.TaxonomyCatalog;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * One offer as a row of the offer table: a text per {@link OfferColumn}, in the form the import reads back (lists
 * joined with a bar, taxonomy terms and languages as codes, municipalities as AGS, yes/no as ja/nein, dates as
 * {@code dd.MM.yyyy}). Only the first site's address is written (an offer with several sites re-imports with one).
 */
public final class OfferTable {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    private OfferTable() {}

    /** The header row: the columns' keys. */
    public static List<String> headers() {
        return java.util.Arrays.stream(OfferColumn.values()).map(OfferColumn::key).toList();
    }

    /**
     * @param street the street of the first site's location ({@code null} when it has none or there is no site)
     */
    public static List<String> row(Offer offer, @Nullable String street) {
        Map<OfferColumn, String> cells = new EnumMap<>(OfferColumn.class);
        OfferSite site = firstSite(offer);
        cells.put(OfferColumn.ID, offer.id().value().toString());
        cells.put(OfferColumn.ORGANISATION_ID, offer.organisation().value().toString());
        cells.put(OfferColumn.ORGANISATION_NAME, offer.providerName());
        cells.put(OfferColumn.STREET, site == null ? null : street);
        cells.put(OfferColumn.POSTAL_CODE, site == null ? null : site.postalCode());
        cells.put(OfferColumn.CITY, site == null ? null : site.city());
        putContent(cells, offer.content());
        cells.put(OfferColumn.STATUS, offer.status().name());
        return java.util.Arrays.stream(OfferColumn.values())
                .map(column -> Objects.requireNonNullElse(cells.get(column), "")).toList();
    }

    /**
     * The cells every offer table row takes from the offer's content (all but the ids, the organisation, the address
     * and the status): shared by the export and the HSDS import, which turns services into rows of this table.
     */
    public static void putContent(Map<OfferColumn, String> cells, OfferContent content) {
        OfferFlags flags = content.flags();
        CourseDetails course = content.course();
        cells.put(OfferColumn.NAME, content.name());
        cells.put(OfferColumn.DESCRIPTION, content.description());
        cells.put(OfferColumn.CATEGORIES, terms(content, TaxonomyCatalog.CATEGORIES));
        cells.put(OfferColumn.TARGET_GROUPS, terms(content, TaxonomyCatalog.TARGET_GROUPS));
        cells.put(OfferColumn.FEATURES, terms(content, TaxonomyCatalog.FEATURES));
        cells.put(OfferColumn.LANGUAGES, String.join("|", content.languages().stream().sorted().toList()));
        cells.put(OfferColumn.ONLINE_URL, content.onlineUrl());
        cells.put(OfferColumn.PHONE, content.phone());
        cells.put(OfferColumn.EMAIL, content.email());
        cells.put(OfferColumn.URL, content.url());
        cells.put(OfferColumn.MUNICIPALITIES_SERVED, String.join("|", content.serviceAreas().stream().sorted().toList()));
        cells.put(OfferColumn.WHOLE_DISTRICT, yes(content.wholeDistrict()));
        cells.put(OfferColumn.FREE_OF_CHARGE, yes(flags.freeOfCharge()));
        cells.put(OfferColumn.FEES_NOTE, content.feesNote());
        cells.put(OfferColumn.ELIGIBILITY_NOTE, content.eligibilityNote());
        cells.put(OfferColumn.APPLICATION_NOTE, content.applicationNote());
        cells.put(OfferColumn.REGISTRATION_REQUIRED, yes(flags.registrationRequired()));
        cells.put(OfferColumn.APPOINTMENT_REQUIRED, yes(flags.appointmentRequired()));
        cells.put(OfferColumn.BARRIER_FREE, yes(flags.barrierFree()));
        cells.put(OfferColumn.LOW_THRESHOLD, yes(flags.lowThreshold()));
        cells.put(OfferColumn.VOLUNTEER_RUN, yes(flags.volunteerRun()));
        cells.put(OfferColumn.ONLINE, yes(flags.online()));
        cells.put(OfferColumn.BY_PHONE, yes(flags.byPhone()));
        cells.put(OfferColumn.MIN_AGE, number(content.minAge()));
        cells.put(OfferColumn.MAX_AGE, number(content.maxAge()));
        cells.put(OfferColumn.VALID_FROM, date(content.validFrom()));
        cells.put(OfferColumn.VALID_UNTIL, date(content.validUntil()));
        cells.put(OfferColumn.COURSE_LEVEL, course.level() == null ? null : course.level().name());
        cells.put(OfferColumn.COURSE_START, date(course.start()));
        cells.put(OfferColumn.COURSE_END, date(course.end()));
        cells.put(OfferColumn.PLACES_TOTAL, number(course.placesTotal()));
        cells.put(OfferColumn.PLACES_FREE, number(course.placesFree()));
        cells.put(OfferColumn.REGISTRATION_DEADLINE, date(course.registrationDeadline()));
    }

    /** The site whose address is exported: the first by city and postal code, so that the choice is stable. */
    public static @Nullable OfferSite firstSite(Offer offer) {
        return offer.sites().stream().min(Comparator.comparing((OfferSite s) -> Objects.toString(s.city(), ""))
                .thenComparing(s -> Objects.toString(s.postalCode(), ""))
                .thenComparing(s -> s.location().value())).orElse(null);
    }

    private static String terms(OfferContent content, String taxonomy) {
        return content.classifications().stream().filter(c -> c.taxonomy().equals(taxonomy))
                .map(Classification::code).sorted().collect(Collectors.joining("|"));
    }

    private static String yes(boolean value) {
        return value ? "ja" : "nein";
    }

    private static @Nullable String number(@Nullable Integer value) {
        return value == null ? null : value.toString();
    }

    private static @Nullable String date(@Nullable LocalDate value) {
        return value == null ? null : value.format(DATE);
    }
}
