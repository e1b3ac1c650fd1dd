package de.integrationsnetz.directory.demo;

import de.integrationsnetz.directory.Address;
import de.integrationsnetz.directory.ContentLanguage;
import de.integrationsnetz.directory.LocationId;
import de.integrationsnetz.directory.OfferId;
import de.integrationsnetz.directory.demo.DirectoryDemoData.DemoOrganisation;
import de.integrationsnetz.directory.demo.OfferDemoData.DemoCourse;
import de.integrationsnetz.directory.demo.OfferDemoData.DemoRevision;
import de.integrationsnetz.directory.demo.OfferDemoData.DemoSchedule;
import de.integrationsnetz.directory.location.LocationDetails;
import de.integrationsnetz.directory.location.LocationType;
import de.integrationsnetz.directory.offer.Classification;
import de.integrationsnetz.directory.offer.CourseDetails;
import de.integrationsnetz.directory.offer.CourseLevel;
import de.integrationsnetz.directory.offer.OfferContent;
import de.integrationsnetz.directory.offer.OfferFlags;
import de.integrationsnetz.directory.offer.OfferStatus;
import de.integrationsnetz.directory.offer.ScheduleData;
import de.integrationsnetz.directory.offer.SiteData;
import de.integrationsnetz.directory.taxonomy.CatalogTerm;
import de.integrationsnetz.directory.taxonomy.TaxonomyCatalog;
import de.integrationsnetz.shared.DistrictKey;
import de.integrationsnetz.shared.MunicipalityKey;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.core.io.ClassPathResource;
import tools.jackson.databind.json.JsonMapper;

/**
 * The offer templates of {@code directory/demo/offer-templates.json} and their deterministic expansion into about two
 * hundred demo offers: each template (real German text, categories, target groups, languages, schedules, flags, course
 * data, translations) is instantiated at a few places, each place naming the organisation ({@code organisations.json}
 * number) and the municipality (AGS). Ids are name-based ({@link DirectoryDemoIds#offer(DistrictKey, String, int)}),
 * dates are relative to the day of the first start, nothing is random.
 *
 * <p>An instance is written {@code "<org>@<AGS>"} (a site in the municipality: one of the organisation's locations
 * from {@code organisations.json} when {@code #<m>} follows, otherwise a location made for the demo offers),
 * or {@code "<org>@<district>"} (no site: online or by phone only).
 */
final class DemoOfferTemplates {

    static final String FILE = "directory/demo/offer-templates.json";

    /** The languages the templates carry translations for. */
    static final List<ContentLanguage> TRANSLATED = List.of(ContentLanguage.EN, ContentLanguage.UK,
            ContentLanguage.RU, ContentLanguage.AR);

    private static final List<String> STREETS = List.of("Markt 3", "Bahnhofstraße 14", "Schulstraße 5",
            "Kirchgasse 2", "Lindenstraße 9", "Rathausplatz 4", "Am Park 6", "Hauptstraße 21", "Poststraße 8",
            "Gartenstraße 12");

    private DemoOfferTemplates() {}

    static TemplateFile read() {
        try (InputStream in = new ClassPathResource(FILE).getInputStream()) {
            return JsonMapper.builder().build().readValue(in, TemplateFile.class);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + FILE, e);
        }
    }

    /** The whole file: the places (postal code and name of each municipality used) and the templates. */
    record TemplateFile(Map<String, Place> places, List<Template> templates) {

        /** Every offer of every template, in file order. */
        List<PlannedOffer> expand(LocalDate today, TaxonomyCatalog catalog, List<DemoOrganisation> organisations) {
            Map<String, DemoOrganisation> byNumber = new HashMap<>();
            organisations.forEach(o -> byNumber.put(o.district() + ":" + o.n(), o));
            List<PlannedOffer> planned = new ArrayList<>();
            for (Template template : templates) {
                for (int k = 0; k < template.at().size(); k++) {
                    planned.add(template.plan(k + 1, template.at().get(k), today, catalog, byNumber, places));
                }
            }
            return planned;
        }
    }

    record Place(String postalCode, String city) {}

    /** Name and description in one language (or the German text a translation was made from). */
    record DemoText(@Nullable String name, @Nullable String description) {}

    /**
     * One place of a template; {@code status} defaults to PUBLISHED, {@code confirmedDaysAgo} to a spread between 5
     * and 150 days (set it beyond the freshness flag or the withdrawal for the few old demo offers).
     */
    record Instance(String at, @Nullable String status, @Nullable Integer startInDays, @Nullable String level,
            @Nullable Integer free, @Nullable Boolean wholeDistrict, @Nullable List<String> areas,
            @Nullable DemoRevision revision, @Nullable Boolean untranslated, @Nullable Integer confirmedDaysAgo) {}

    record Template(String key, String name, String description, @Nullable String fees,
            @Nullable String eligibility, @Nullable String application, @Nullable String alert,
            @Nullable String url, @Nullable String email, @Nullable String phone, @Nullable String onlineUrl,
            @Nullable Set<String> flags, @Nullable Boolean wholeDistrict, @Nullable Integer minAge,
            @Nullable Integer maxAge, @Nullable DemoCourse course, @Nullable List<String> categories,
            @Nullable List<String> targetGroups, @Nullable List<String> languages,
            @Nullable List<DemoSchedule> schedules, @Nullable String venue,
            @Nullable Map<String, DemoText> translations, @Nullable DemoText translatedFrom, List<Instance> at) {

        PlannedOffer plan(int k, Instance instance, LocalDate today, TaxonomyCatalog catalog,
                Map<String, DemoOrganisation> organisations, Map<String, Place> places) {
            String[] orgAndPlace = instance.at().split("@", 2);
            int organisation = Integer.parseInt(orgAndPlace[0]);
            String[] placeAndLocation = orgAndPlace[1].split("#", 2);
            String area = placeAndLocation[0];
            DistrictKey district = DistrictKey.of(area.substring(0, 5));
            DemoOrganisation owner = organisations.get(district + ":" + organisation);
            if (owner == null) {
                throw new IllegalStateException("Template " + key + " names no demo organisation " + instance.at());
            }
            boolean hasSite = area.length() == 8;
            Place place = hasSite ? places.get(area) : null;
            if (hasSite && place == null) {
                throw new IllegalStateException("Template " + key + ": no place " + area + " in " + FILE);
            }
            String city = place == null ? "" : place.city();
            Set<String> f = flags == null ? Set.of() : flags;

            NewLocation newLocation = null;
            List<SiteData> sites = new ArrayList<>();
            if (hasSite) {
                LocationId location;
                if (placeAndLocation.length == 2) {
                    location = DirectoryDemoIds.location(district, organisation,
                            Integer.parseInt(placeAndLocation[1]));
                } else {
                    location = DirectoryDemoIds.site(district, organisation, area);
                    String street = STREETS.get(Math.floorMod((owner.name() + area).hashCode(), STREETS.size()));
                    newLocation = new NewLocation(location, organisation, owner.name(),
                            new LocationDetails(LocationType.PHYSICAL,
                                    (venue == null ? "Treffpunkt {city}" : venue).replace("{city}", city), null,
                                    new Address(street, null, place.postalCode(), city), MunicipalityKey.of(area),
                                    null, null, null, f.contains("barrierFree")));
                }
                sites.add(new SiteData(location.value(), null, null, null, null, null, null));
            }

            List<Classification> classifications = new ArrayList<>();
            orEmpty(categories).forEach(c -> classifications.add(term(catalog, TaxonomyCatalog.CATEGORIES, c)));
            orEmpty(targetGroups).forEach(c -> classifications.add(term(catalog, TaxonomyCatalog.TARGET_GROUPS, c)));

            List<ScheduleData> scheduleData = new ArrayList<>();
            List<DemoSchedule> demoSchedules = orEmpty(schedules);
            for (int j = 0; j < demoSchedules.size(); j++) {
                scheduleData.add(demoSchedules.get(j).data(DirectoryDemoIds.schedule(district, key, k, j + 1), today));
            }

            boolean whole = instance.wholeDistrict() != null ? instance.wholeDistrict()
                    : Boolean.TRUE.equals(wholeDistrict);
            List<String> serviceAreas = whole ? List.of()
                    : instance.areas() != null ? instance.areas() : hasSite ? List.of(area) : List.of();
            List<UUID> contacts = owner.contacts() == null || owner.contacts().isEmpty() ? List.of()
                    : List.of(DirectoryDemoIds.contact(district, organisation, 1));
            OfferFlags offerFlags = new OfferFlags(f.contains("freeOfCharge"), f.contains("registrationRequired"),
                    f.contains("appointmentRequired"), f.contains("barrierFree"), f.contains("lowThreshold"),
                    f.contains("volunteerRun"), f.contains("online"), f.contains("byPhone"));
            OfferContent content = new OfferContent(name.replace("{city}", city),
                    description.replace("{city}", city), fees, eligibility, application, alert, url,
                    email != null ? email : owner.email(), phone != null ? phone : owner.phone(), onlineUrl,
                    offerFlags, whole, minAge, maxAge, null, null, course(k, instance, today), classifications,
                    orEmpty(languages), serviceAreas, sites, contacts, scheduleData);

            Map<ContentLanguage, DemoText> texts = new LinkedHashMap<>();
            if (translations != null && !Boolean.TRUE.equals(instance.untranslated())) {
                translations.forEach((language, text) -> texts.put(ContentLanguage.ofCode(language),
                        new DemoText(withCity(text.name(), city), withCity(text.description(), city))));
            }
            DemoText from = translatedFrom == null || texts.isEmpty() ? null
                    : new DemoText(withCity(translatedFrom.name(), city), withCity(translatedFrom.description(), city));
            int confirmedDaysAgo = instance.confirmedDaysAgo() != null ? instance.confirmedDaysAgo()
                    : 5 + Math.floorMod(key.hashCode() * 31 + k * 37, 146);
            return new PlannedOffer(DirectoryDemoIds.offer(district, key, k), district,
                    DirectoryDemoIds.organisation(district, organisation), organisation,
                    instance.status() == null ? OfferStatus.PUBLISHED : OfferStatus.valueOf(instance.status()),
                    confirmedDaysAgo, content, texts, from, instance.revision(), newLocation);
        }

        /**
         * The course of the k-th instance: later instances start a few weeks later, so that the finder has courses
         * starting soon and later ones; the registration deadline keeps its distance to the start.
         */
        private CourseDetails course(int k, Instance instance, LocalDate today) {
            if (course == null) {
                return CourseDetails.NONE;
            }
            int startIn = instance.startInDays() != null ? instance.startInDays()
                    : course.startInDays() + (k - 1) * 17;
            LocalDate start = today.plusDays(startIn);
            LocalDate deadline = course.deadlineInDays() == null ? null
                    : start.minusDays(course.startInDays() - course.deadlineInDays());
            if (deadline != null && !deadline.isAfter(today)) {
                deadline = null;
            }
            Integer free = instance.free() != null ? instance.free() : course.free();
            return new CourseDetails(CourseLevel.parse(instance.level() != null ? instance.level() : course.level()),
                    start, start.plusWeeks(course.weeks()), course.places(), free, deadline);
        }

        private static @Nullable String withCity(@Nullable String text, String city) {
            return text == null ? null : text.replace("{city}", city);
        }

        private static Classification term(TaxonomyCatalog catalog, String taxonomy, String code) {
            CatalogTerm term = catalog.term(taxonomy, code).orElseThrow(
                    () -> new IllegalStateException("Demo offer templates name an unknown term " + taxonomy + ":" + code));
            return new Classification(term.id().value(), term.taxonomy(), term.code());
        }

        private static <T> List<T> orEmpty(@Nullable List<T> values) {
            return values == null ? List.of() : values;
        }
    }

    /** A location made for demo offers of an organisation in a municipality. */
    record NewLocation(LocationId id, int organisation, String organisationName, LocationDetails details) {}

    /**
     * One demo offer to create: its content (sites and classifications still to be resolved by the offer service),
     * its translations, and when {@code translatedFrom} is set, the older German text they were made from (so they are
     * outdated).
     */
    record PlannedOffer(OfferId id, DistrictKey district, de.integrationsnetz.directory.OrganisationId organisation,
            int organisationNumber, OfferStatus status, int confirmedDaysAgo, OfferContent content,
            Map<ContentLanguage, DemoText> translations, @Nullable DemoText translatedFrom,
            @Nullable DemoRevision revision, @Nullable NewLocation location) {

        /** The content as it was when it was translated (for outdated translations), else the content itself. */
        OfferContent contentWhenTranslated() {
            if (translatedFrom == null) {
                return content;
            }
            return withTexts(content, translatedFrom.name() == null ? content.name() : translatedFrom.name(),
                    translatedFrom.description() == null ? content.description() : translatedFrom.description());
        }
    }

    /** A copy of the content with another German name and description. */
    static OfferContent withTexts(OfferContent c, String name, String description) {
        return new OfferContent(name, description, c.feesNote(), c.eligibilityNote(), c.applicationNote(), c.alert(),
                c.url(), c.email(), c.phone(), c.onlineUrl(), c.flags(), c.wholeDistrict(), c.minAge(), c.maxAge(),
                c.validFrom(), c.validUntil(), c.course(), c.classifications(), c.languages(), c.serviceAreas(),
                c.sites(), c.contacts(), c.schedules());
    }
}
