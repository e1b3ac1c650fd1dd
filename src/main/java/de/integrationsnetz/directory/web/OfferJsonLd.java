package de.integrationsnetz.directory.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import de.integrationsnetz.directory.Address;
import de.integrationsnetz.directory.Coordinates;
import de.integrationsnetz.directory.organisation.OrganisationType;
import de.integrationsnetz.directory.publicview.PublicOffer;
import de.integrationsnetz.directory.schedule.RepeatPattern;
import de.integrationsnetz.directory.schedule.RuleShape;
import de.integrationsnetz.directory.schedule.Schedule;
import de.integrationsnetz.directory.schedule.ScheduleKind;
import de.integrationsnetz.directory.search.Label;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

/**
 * The schema.org description of a public offer as JSON-LD (docs/directory.md §5.5): a {@code Service} for every
 * offer, a {@code Course} for a course and an {@code Event} per recurring schedule, built as records and written by
 * Jackson (never as a string in the template). Texts are those of the page (reader's language, German fallback).
 */
final class OfferJsonLd {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Set<OrganisationType> GOVERNMENT = EnumSet.of(OrganisationType.AUTHORITY,
            OrganisationType.AGENTUR_FUER_ARBEIT, OrganisationType.JOBCENTER, OrganisationType.POLICE);
    private static final Set<OrganisationType> NGO = EnumSet.of(OrganisationType.ASSOCIATION,
            OrganisationType.VOLUNTEER_INITIATIVE, OrganisationType.WELFARE_ORGANISATION, OrganisationType.NETWORK,
            OrganisationType.MIGRATION_COUNSELLING_MBE, OrganisationType.YOUTH_MIGRATION_SERVICE_JMD,
            OrganisationType.REFUGEE_SOCIAL_WORK);
    private static final String TIMEZONE = "Europe/Berlin";

    private OfferJsonLd() {}

    /**
     * The JSON text, safe inside {@code <script type="application/ld+json">}: every {@code <} is escaped, so no
     * {@code </script>} can end the block early.
     */
    static String of(PublicOffer offer, String pageUrl, String organisationUrl) {
        List<Object> graph = new ArrayList<>();
        Organization provider = organization(offer.provider(), organisationUrl);
        Place firstPlace = offer.sites().isEmpty() ? null : place(offer.sites().get(0));
        graph.add(service(offer, pageUrl, provider));
        if (offer.hasCourse()) {
            graph.add(course(offer, pageUrl, provider, firstPlace));
        }
        for (PublicOffer.Dates dates : offer.schedules()) {
            Schedule schedule = dates.schedule();
            if (schedule.kind() == ScheduleKind.RECURRING) {
                EventSchedule eventSchedule = eventSchedule(schedule);
                if (eventSchedule != null) {
                    graph.add(new Event("Event", pageUrl + "#schedule-" + schedule.id(), offer.name().value(),
                            pageUrl, firstPlace, eventSchedule, schedule.start().toString(), provider));
                }
            }
        }
        return JSON.writeValueAsString(new Graph("https://schema.org", graph)).replace("<", "\\u003c");
    }

    private static Service service(PublicOffer offer, String pageUrl, Organization provider) {
        List<AdministrativeArea> areas = offer.wholeDistrict()
                ? List.of(new AdministrativeArea("AdministrativeArea", offer.districtName(), offer.district().value()))
                : offer.serviceAreas().stream()
                        .map(area -> new AdministrativeArea("AdministrativeArea", area.label(), area.code())).toList();
        List<ServiceChannel> channels = new ArrayList<>();
        for (PublicOffer.Site site : offer.sites()) {
            channels.add(new ServiceChannel("ServiceChannel", place(site), null, null));
        }
        if (offer.phone() != null) {
            channels.add(new ServiceChannel("ServiceChannel", null, new ContactPoint("ContactPoint", offer.phone()),
                    null));
        }
        if (offer.onlineUrl() != null) {
            channels.add(new ServiceChannel("ServiceChannel", null, null, offer.onlineUrl()));
        }
        List<OpeningHours> hours = new ArrayList<>();
        for (PublicOffer.Dates dates : offer.schedules()) {
            Schedule schedule = dates.schedule();
            if (schedule.kind() != ScheduleKind.OPENING_HOURS || schedule.rule().isEmpty()) {
                continue;
            }
            RuleShape shape = schedule.rule().get().shape();
            if (shape.pattern() != RepeatPattern.WEEKLY && shape.pattern() != RepeatPattern.DAILY) {
                continue;
            }
            Set<DayOfWeek> days = shape.pattern() == RepeatPattern.DAILY ? EnumSet.allOf(DayOfWeek.class)
                    : shape.days();
            hours.add(new OpeningHours("OpeningHoursSpecification", days.stream().map(OfferJsonLd::day).toList(),
                    time(schedule.opensAt().orElse(null)), time(schedule.closesAt().orElse(null)),
                    date(schedule.validFrom().orElse(null)), date(schedule.validUntil().orElse(null))));
        }
        List<String> audience = offer.targetGroups().stream().map(Label::label).toList();
        return new Service("Service", pageUrl + "#service", offer.name().value(), offer.description().value(),
                offer.name().lang(), pageUrl, provider, areas,
                offer.languages().stream().map(language -> new Language("Language", language.label(),
                        language.code())).toList(),
                audience.isEmpty() ? null : new Audience("Audience", String.join(", ", audience)),
                offer.categories().stream().map(Label::label).toList(), offer.flags().freeOfCharge(),
                offer.flags().freeOfCharge() ? new PriceOffer("Offer", "0", "EUR", null) : null, channels, hours,
                offer.updatedAt().atZone(ZoneId.of(TIMEZONE)).toOffsetDateTime().toString());
    }

    private static Course course(PublicOffer offer, String pageUrl, Organization provider, @Nullable Place place) {
        var course = offer.course();
        String mode = offer.sites().isEmpty() ? "online" : "onsite";
        String availability = course.placesFree() == null ? null
                : course.placesFree() > 0 ? "https://schema.org/InStock" : "https://schema.org/SoldOut";
        return new Course("Course", pageUrl + "#course", offer.name().value(), offer.description().value(),
                course.level() == null ? null : course.level().name(), "de", provider,
                new CourseInstance("CourseInstance", mode, date(course.start()), date(course.end()), place),
                availability == null && !offer.flags().freeOfCharge() ? null
                        : new PriceOffer("Offer", offer.flags().freeOfCharge() ? "0" : null,
                                offer.flags().freeOfCharge() ? "EUR" : null, availability));
    }

    private static @Nullable EventSchedule eventSchedule(Schedule schedule) {
        if (schedule.rule().isEmpty()) {
            return null;
        }
        RuleShape shape = schedule.rule().get().shape();
        String frequency;
        List<String> byDay;
        Integer byMonthWeek = null;
        switch (shape.pattern()) {
            case WEEKLY -> {
                frequency = "P1W";
                byDay = shape.days().stream().map(OfferJsonLd::day).toList();
            }
            case EVERY_N_WEEKS -> {
                frequency = "P" + shape.interval() + "W";
                byDay = shape.days().stream().map(OfferJsonLd::day).toList();
            }
            case MONTHLY_NTH_WEEKDAY -> {
                // schema.org counts weeks 1-5 (byMonthWeek); "the last Tuesday" has no such number: left out
                if (shape.weekday() == null || shape.nth() < 1) {
                    return null;
                }
                frequency = "P1M";
                byDay = List.of(day(shape.weekday()));
                byMonthWeek = shape.nth();
            }
            case DAILY -> {
                frequency = "P1D";
                byDay = List.of();
            }
            default -> {
                return null;
            }
        }
        LocalDate start = schedule.validFrom().orElse(schedule.start());
        return new EventSchedule("Schedule", frequency, byDay, byMonthWeek, time(schedule.opensAt().orElse(null)),
                time(schedule.closesAt().orElse(null)), start.toString(), date(schedule.validUntil().orElse(null)),
                TIMEZONE);
    }

    private static Organization organization(PublicOffer.Provider provider, String url) {
        String type = GOVERNMENT.contains(provider.type()) ? "GovernmentOrganization"
                : NGO.contains(provider.type()) ? "NGO" : "Organization";
        return new Organization(type, url, provider.name(), url, postal(provider.address()), provider.phone(),
                provider.email());
    }

    private static Place place(PublicOffer.Site site) {
        Coordinates coordinates = site.coordinates();
        return new Place("Place", site.name(), postal(site.address()),
                coordinates == null ? null
                        : new GeoCoordinates("GeoCoordinates", coordinates.latitude(), coordinates.longitude()));
    }

    private static @Nullable PostalAddress postal(Address address) {
        if (address.isEmpty()) {
            return null;
        }
        return new PostalAddress("PostalAddress", address.street(), address.postalCode(), address.city(), "DE");
    }

    private static String day(DayOfWeek day) {
        String name = day.name().toLowerCase(Locale.ROOT);
        return "https://schema.org/" + Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }

    private static @Nullable String time(@Nullable LocalTime time) {
        return time == null ? null : time.toString();
    }

    private static @Nullable String date(@Nullable LocalDate date) {
        return date == null ? null : date.toString();
    }

    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    record Graph(@JsonProperty("@context") String context, @JsonProperty("@graph") List<Object> graph) {}

    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    record Service(@JsonProperty("@type") String type, @JsonProperty("@id") String id, String name,
            String description, String inLanguage, String url, Organization provider,
            List<AdministrativeArea> areaServed, List<Language> availableLanguage, @Nullable Audience audience,
            List<String> serviceType, boolean isAccessibleForFree, @Nullable PriceOffer offers,
            List<ServiceChannel> availableChannel, List<OpeningHours> hoursAvailable, String dateModified) {}

    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    record Organization(@JsonProperty("@type") String type, @JsonProperty("@id") String id, String name, String url,
            @Nullable PostalAddress address, @Nullable String telephone, @Nullable String email) {}

    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    record PostalAddress(@JsonProperty("@type") String type, @Nullable String streetAddress,
            @Nullable String postalCode, @Nullable String addressLocality, String addressCountry) {}

    record AdministrativeArea(@JsonProperty("@type") String type, String name, String identifier) {}

    record Language(@JsonProperty("@type") String type, String name, String alternateName) {}

    record Audience(@JsonProperty("@type") String type, String audienceType) {}

    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    record PriceOffer(@JsonProperty("@type") String type, @Nullable String price, @Nullable String priceCurrency,
            @Nullable String availability) {}

    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    record ServiceChannel(@JsonProperty("@type") String type, @Nullable Place serviceLocation,
            @Nullable ContactPoint servicePhone, @Nullable String serviceUrl) {}

    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    record Place(@JsonProperty("@type") String type, String name, @Nullable PostalAddress address,
            @Nullable GeoCoordinates geo) {}

    record GeoCoordinates(@JsonProperty("@type") String type, double latitude, double longitude) {}

    record ContactPoint(@JsonProperty("@type") String type, String telephone) {}

    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    record OpeningHours(@JsonProperty("@type") String type, List<String> dayOfWeek, @Nullable String opens,
            @Nullable String closes, @Nullable String validFrom, @Nullable String validThrough) {}

    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    record Course(@JsonProperty("@type") String type, @JsonProperty("@id") String id, String name,
            String description, @Nullable String educationalLevel, String inLanguage, Organization provider,
            CourseInstance hasCourseInstance, @Nullable PriceOffer offers) {}

    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    record CourseInstance(@JsonProperty("@type") String type, String courseMode, @Nullable String startDate,
            @Nullable String endDate, @Nullable Place location) {}

    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    record Event(@JsonProperty("@type") String type, @JsonProperty("@id") String id, String name, String url,
            @Nullable Place location, EventSchedule eventSchedule, String startDate, Organization organizer) {}

    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    record EventSchedule(@JsonProperty("@type") String type, String repeatFrequency, List<String> byDay,
            @Nullable Integer byMonthWeek, @Nullable String startTime, @Nullable String endTime, String startDate, @Nullable String endDate,
            String scheduleTimezone) {}
}
