package de.integrationsnetz.directory.demo;

import de.integrationsnetz.directory.OfferId;
import de.integrationsnetz.directory.demo.DemoOfferTemplates.NewLocation;
import de.integrationsnetz.directory.demo.DemoOfferTemplates.PlannedOffer;
import de.integrationsnetz.directory.demo.DirectoryDemoData.DemoOrganisation;
import de.integrationsnetz.directory.freshness.FreshnessIntervals;
import de.integrationsnetz.directory.location.LocationManagement;
import de.integrationsnetz.directory.offer.Actor;
import de.integrationsnetz.directory.offer.Offer;
import de.integrationsnetz.directory.organisation.OrganisationRef;
import de.integrationsnetz.directory.translation.TranslatedField;
import jakarta.persistence.EntityManager;
import java.util.HashSet;
import org.hibernate.FlushMode;
import org.hibernate.Session;
import de.integrationsnetz.directory.offer.Classification;
import de.integrationsnetz.directory.offer.CourseDetails;
import de.integrationsnetz.directory.offer.CourseLevel;
import de.integrationsnetz.directory.offer.OfferContent;
import de.integrationsnetz.directory.offer.OfferFlags;
import de.integrationsnetz.directory.offer.OfferManagement;
import de.integrationsnetz.directory.offer.OfferStatus;
import de.integrationsnetz.directory.offer.ScheduleData;
import de.integrationsnetz.directory.offer.SiteData;
import de.integrationsnetz.directory.schedule.Attendance;
import de.integrationsnetz.directory.schedule.ScheduleKind;
import de.integrationsnetz.directory.taxonomy.CatalogTerm;
import de.integrationsnetz.directory.taxonomy.TaxonomyCatalog;
import de.integrationsnetz.shared.DistrictKey;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Creates the demo offers, each once, after the demo organisations (marked as demo, changed as the system): the
 * hand-written ones of {@code directory/demo/offers.json} (fixed ids {@link DirectoryDemoIds#offer(DistrictKey, int)}
 * that route rules and tests name) and about 190 more expanded from {@code directory/demo/offer-templates.json}
 * ({@link DemoOfferTemplates}). Dates are relative to the day of the first start, so course starts lie ahead. Most
 * confirmations lie 5 to 150 days back (some reminders are due, none of these reaches the freshness flag within 30
 * days); a few offers are older and already flagged as not confirmed, one was withdrawn as stale and can still be
 * restored. All in one transaction; a second start creates nothing.
 */
@Component
@ConditionalOnBooleanProperty("app.demo.enabled")
@Order(31)
class OfferDemoData implements ApplicationRunner {

    static final String OFFERS = "directory/demo/offers.json";
    private static final ZoneId ZONE = ZoneId.of("Europe/Berlin");

    private static final Logger log = LoggerFactory.getLogger(OfferDemoData.class);

    /** The default freshness timeline (docs/directory.md §6.2): flagged after 183 days, withdrawn after 365. */
    static final int FLAG_AFTER_DAYS = FreshnessIntervals.DEFAULTS.flagAfterDays();

    static final int WITHDRAW_AFTER_DAYS = FreshnessIntervals.DEFAULTS.withdrawAfterDays();

    private final OfferManagement offers;
    private final LocationManagement locations;
    private final TaxonomyCatalog catalog;
    private final EntityManager entityManager;
    private final Clock clock;

    OfferDemoData(OfferManagement offers, LocationManagement locations, TaxonomyCatalog catalog,
            EntityManager entityManager, Clock clock) {
        this.offers = offers;
        this.locations = locations;
        this.catalog = catalog;
        this.entityManager = entityManager;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        long started = System.nanoTime();
        // One transaction for all demo offers, written at the commit in JDBC batches: without this every query of
        // the offer service (the organisation's locations and contacts) would flush and dirty-check every offer
        // created so far, which makes the start quadratic in the number of offers.
        Session session = entityManager.unwrap(Session.class);
        session.setJdbcBatchSize(50);
        session.setHibernateFlushMode(FlushMode.COMMIT);
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, ZONE);
        Set<UUID> existing = new HashSet<>(entityManager
                .createQuery("select o.id from Offer o where o.demo = true", UUID.class).getResultList());
        int created = 0;
        for (DemoOffer demo : read()) {
            DistrictKey district = DistrictKey.of(demo.district());
            OfferId id = DirectoryDemoIds.offer(district, demo.n());
            if (existing.contains(id.value())) {
                continue;
            }
            OfferContent content = demo.content(district, today, catalog);
            int daysAgo = demo.confirmedDaysAgo() == null ? 0 : demo.confirmedDaysAgo();
            Instant confirmed = now.minus(Duration.ofDays(daysAgo));
            offers.register(id, DirectoryDemoIds.organisation(district, demo.organisation()), content,
                    OfferStatus.valueOf(demo.status()), true, confirmed);
            if (demo.revision() != null) {
                offers.registerRevision(id, demo.revision().applyTo(content), now.minus(Duration.ofDays(3)));
            }
            created++;
        }
        created += createFromTemplates(now, today, existing);
        if (created > 0) {
            log.info("Created {} demo offers in {} ms", created, (System.nanoTime() - started) / 1_000_000);
        }
    }

    /**
     * The offers expanded from {@code offer-templates.json}: creates the locations they need (once), registers each
     * offer with its status, adds its translations (for outdated ones: made from the older German text, which is then
     * replaced by the current one) and a pending revision where the template asks for one.
     */
    private int createFromTemplates(Instant now, LocalDate today, Set<UUID> existing) {
        List<DemoOrganisation> organisations = DirectoryDemoData.read();
        List<PlannedOffer> plan = DemoOfferTemplates.read().expand(today, catalog, organisations).stream()
                .filter(planned -> !existing.contains(planned.id().value()))
                .toList();
        if (plan.isEmpty()) {
            return 0;
        }
        // The locations first, flushed once, so that the offer service finds them among the organisation's.
        Set<UUID> known = new HashSet<>(entityManager
                .createQuery("select l.id from Location l where l.demo = true", UUID.class).getResultList());
        for (PlannedOffer planned : plan) {
            NewLocation newLocation = planned.location();
            if (newLocation != null && known.add(newLocation.id().value())) {
                locations.register(newLocation.id(), new OrganisationRef(planned.organisation(), planned.district(),
                        newLocation.organisationName(), true), newLocation.details(), null, true);
            }
        }
        entityManager.flush();
        int created = 0;
        for (PlannedOffer planned : plan) {
            Instant confirmed = now.minus(Duration.ofDays(planned.confirmedDaysAgo()));
            offers.register(planned.id(), planned.organisation(), planned.contentWhenTranslated(), planned.status(),
                    true, confirmed);
            if (!planned.translations().isEmpty()) {
                Offer offer = entityManager.find(Offer.class, planned.id().value());
                Actor system = Actor.system();
                planned.translations().forEach((language, text) -> {
                    if (text.name() != null) {
                        offer.translate(TranslatedField.NAME, language, text.name(), false, system, confirmed);
                    }
                    if (text.description() != null) {
                        offer.translate(TranslatedField.DESCRIPTION, language, text.description(), false, system,
                                confirmed);
                    }
                });
                if (planned.translatedFrom() != null) {
                    // The German text changed after the translation: the translations are outdated now.
                    OfferContent resolved = offer.content();
                    offer.edit(DemoOfferTemplates.withTexts(resolved, planned.content().name(),
                            planned.content().description()), system, confirmed, today);
                }
            }
            if (planned.revision() != null) {
                offers.registerRevision(planned.id(), planned.revision().applyTo(planned.content()),
                        now.minus(Duration.ofDays(2)));
            }
            if (planned.status() == OfferStatus.PUBLISHED && planned.confirmedDaysAgo() >= FLAG_AFTER_DAYS) {
                // A few old offers, as the freshness job would have left them: flagged, one even withdrawn.
                Offer offer = entityManager.find(Offer.class, planned.id().value());
                offer.flagStale(confirmed.plus(Duration.ofDays(FLAG_AFTER_DAYS)));
                if (planned.confirmedDaysAgo() >= WITHDRAW_AFTER_DAYS) {
                    offer.withdrawAsStale(Actor.system(), confirmed.plus(Duration.ofDays(WITHDRAW_AFTER_DAYS)));
                }
            }
            created++;
        }
        return created;
    }

    static List<DemoOffer> read() {
        try (InputStream in = new ClassPathResource(OFFERS).getInputStream()) {
            return JsonMapper.builder().build().readValue(in, new TypeReference<List<DemoOffer>>() {});
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + OFFERS, e);
        }
    }

    /**
     * One offer of the demo file; {@code n} numbers it within its district, {@code organisation} is the number of its
     * organisation in {@code organisations.json}, {@code locations} and {@code contacts} number the organisation's
     * locations and contact persons (1-based).
     */
    record DemoOffer(String district, int n, int organisation, String status, @Nullable Integer confirmedDaysAgo,
            String name, String description, @Nullable String fees, @Nullable String eligibility,
            @Nullable String application, @Nullable String alert, @Nullable String url, @Nullable String email,
            @Nullable String phone, @Nullable String onlineUrl, @Nullable Set<String> flags,
            @Nullable Boolean wholeDistrict, @Nullable Integer minAge, @Nullable Integer maxAge,
            @Nullable DemoCourse course, @Nullable List<String> categories, @Nullable List<String> targetGroups,
            @Nullable List<String> languages, @Nullable List<String> serviceAreas, @Nullable List<Integer> locations,
            @Nullable List<Integer> contacts, @Nullable List<DemoSchedule> schedules,
            @Nullable DemoRevision revision) {

        OfferContent content(DistrictKey district, LocalDate today, TaxonomyCatalog catalog) {
            Set<String> f = flags == null ? Set.of() : flags;
            OfferFlags offerFlags = new OfferFlags(f.contains("freeOfCharge"), f.contains("registrationRequired"),
                    f.contains("appointmentRequired"), f.contains("barrierFree"), f.contains("lowThreshold"),
                    f.contains("volunteerRun"), f.contains("online"), f.contains("byPhone"));
            List<Classification> classifications = new ArrayList<>();
            for (String code : orEmpty(categories)) {
                classifications.add(classification(catalog, TaxonomyCatalog.CATEGORIES, code));
            }
            for (String code : orEmpty(targetGroups)) {
                classifications.add(classification(catalog, TaxonomyCatalog.TARGET_GROUPS, code));
            }
            List<SiteData> sites = orEmpty(locations).stream()
                    .map(m -> new SiteData(DirectoryDemoIds.location(district, organisation, m).value(), null, null,
                            null, null, null, null))
                    .toList();
            List<UUID> contactIds = orEmpty(contacts).stream()
                    .map(m -> DirectoryDemoIds.contact(district, organisation, m))
                    .toList();
            List<ScheduleData> scheduleData = new ArrayList<>();
            List<DemoSchedule> demoSchedules = orEmpty(schedules);
            for (int k = 0; k < demoSchedules.size(); k++) {
                scheduleData.add(demoSchedules.get(k).data(DirectoryDemoIds.schedule(district, n, k + 1), today));
            }
            return new OfferContent(name, description, fees, eligibility, application, alert, url, email, phone,
                    onlineUrl, offerFlags, Boolean.TRUE.equals(wholeDistrict), minAge, maxAge, null, null,
                    course == null ? CourseDetails.NONE : course.details(today), classifications,
                    orEmpty(languages), orEmpty(serviceAreas), sites, contactIds, scheduleData);
        }

        private static Classification classification(TaxonomyCatalog catalog, String taxonomy, String code) {
            CatalogTerm term = catalog.term(taxonomy, code).orElseThrow(
                    () -> new IllegalStateException("Demo offers name an unknown term " + taxonomy + ":" + code));
            return new Classification(term.id().value(), term.taxonomy(), term.code());
        }

        private static <T> List<T> orEmpty(@Nullable List<T> values) {
            return values == null ? List.of() : values;
        }
    }

    /** Course dates relative to the day the demo data is created. */
    record DemoCourse(@Nullable String level, int startInDays, int weeks, @Nullable Integer places, @Nullable Integer free,
            @Nullable Integer deadlineInDays) {

        CourseDetails details(LocalDate today) {
            LocalDate start = today.plusDays(startInDays);
            return new CourseDetails(CourseLevel.parse(level), start, start.plusWeeks(weeks), places, free,
                    deadlineInDays == null ? null : today.plusDays(deadlineInDays));
        }
    }

    /**
     * A schedule; the series starts eight weeks before the demo data is created, a single date (or a series with
     * {@code inDays}) that many days after it.
     */
    record DemoSchedule(String kind, @Nullable String rrule, @Nullable String opens, @Nullable String closes,
            @Nullable String attending, @Nullable String note, @Nullable Integer inDays) {

        ScheduleData data(UUID id, LocalDate today) {
            LocalDate start = inDays == null ? today.minusWeeks(8) : today.plusDays(inDays);
            return new ScheduleData(id, null, ScheduleKind.valueOf(kind), rrule, start,
                    opens == null ? null : LocalTime.parse(opens), closes == null ? null : LocalTime.parse(closes),
                    null, null, attending == null ? Attendance.IN_PERSON : Attendance.valueOf(attending), note);
        }
    }

    /** A provider's change of a published demo offer that waits for review. */
    record DemoRevision(@Nullable String name, @Nullable String description, @Nullable String alert) {

        OfferContent applyTo(OfferContent published) {
            return new OfferContent(name == null ? published.name() : name,
                    description == null ? published.description() : description, published.feesNote(),
                    published.eligibilityNote(), published.applicationNote(),
                    alert == null ? published.alert() : alert, published.url(), published.email(),
                    published.phone(), published.onlineUrl(), published.flags(), published.wholeDistrict(),
                    published.minAge(), published.maxAge(), published.validFrom(), published.validUntil(),
                    published.course(), published.classifications(), published.languages(),
                    published.serviceAreas(), published.sites(), published.contacts(), published.schedules());
        }
    }
}
