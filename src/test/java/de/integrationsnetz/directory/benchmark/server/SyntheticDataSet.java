package de.integrationsnetz.directory.benchmark.server;

import de.integrationsnetz.directory.Address;
import de.integrationsnetz.directory.ContentLanguage;
import de.integrationsnetz.directory.LocationId;
import de.integrationsnetz.directory.OfferId;
import de.integrationsnetz.directory.OrganisationId;
import de.integrationsnetz.directory.location.Location;
import de.integrationsnetz.directory.location.LocationDetails;
import de.integrationsnetz.directory.location.LocationType;
import de.integrationsnetz.directory.offer.Actor;
import de.integrationsnetz.directory.offer.Classification;
import de.integrationsnetz.directory.offer.CourseDetails;
import de.integrationsnetz.directory.offer.CourseLevel;
import de.integrationsnetz.directory.offer.Offer;
import de.integrationsnetz.directory.offer.OfferContent;
import de.integrationsnetz.directory.offer.OfferFlags;
import de.integrationsnetz.directory.offer.SiteData;
import de.integrationsnetz.directory.organisation.Organisation;
import de.integrationsnetz.directory.organisation.OrganisationDetails;
import de.integrationsnetz.directory.organisation.OrganisationRef;
import de.integrationsnetz.directory.organisation.OrganisationStatus;
import de.integrationsnetz.directory.organisation.OrganisationType;
import de.integrationsnetz.directory.search.LastRebuild;
import de.integrationsnetz.directory.search.RebuildReason;
import de.integrationsnetz.directory.search.SearchIndexMaintenance;
import de.integrationsnetz.directory.taxonomy.CatalogTerm;
import de.integrationsnetz.directory.taxonomy.TaxonomyCatalog;
import de.integrationsnetz.directory.translation.TranslatedField;
import de.integrationsnetz.shared.DistrictKey;
import de.integrationsnetz.shared.MunicipalityKey;
import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.hibernate.search.mapper.orm.Search;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Fills the benchmark database with {@code app.directory.benchmark.offers} synthetic offers (only the missing ones, so
 * a data directory is reused between runs), then rebuilds the search index and writes the timings to the report file
 * the runner reads. Offers are written through the aggregates (as demo data and the back office do) with automatic
 * indexing switched off for the session: the measured rebuild indexes them all at once.
 */
class SyntheticDataSet implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(SyntheticDataSet.class);
    private static final int CHUNK = 500;

    private final TransactionTemplate transactions;
    private final EntityManager entityManager;
    private final TaxonomyCatalog catalog;
    private final SearchIndexMaintenance index;
    private final JdbcClient jdbc;
    private final int target;
    private final Path reportFile;

    SyntheticDataSet(TransactionTemplate transactions, EntityManager entityManager, TaxonomyCatalog catalog,
            SearchIndexMaintenance index, JdbcClient jdbc, int target, Path reportFile) {
        this.transactions = transactions;
        this.entityManager = entityManager;
        this.catalog = catalog;
        this.index = index;
        this.jdbc = jdbc;
        this.target = target;
        this.reportFile = reportFile;
    }

    @Override
    public void run(ApplicationArguments args) throws IOException {
        SyntheticOffers generator = new SyntheticOffers(42, catalog.terms(TaxonomyCatalog.CATEGORIES),
                catalog.terms(TaxonomyCatalog.TARGET_GROUPS));
        int existing = jdbc.sql("select count(*) from directory.offers").query(Integer.class).single();
        long started = System.nanoTime();
        for (int from = existing; from < target; from += CHUNK) {
            int first = from;
            int last = Math.min(target, from + CHUNK);
            transactions.executeWithoutResult(tx -> writeChunk(generator, first, last));
            if ((last / CHUNK) % 10 == 0 || last == target) {
                log.info("Benchmark data: {} of {} offers", last, target);
            }
        }
        long generationMillis = (System.nanoTime() - started) / 1_000_000;
        LastRebuild rebuild = index.rebuild(RebuildReason.MANUAL).join();
        Map<String, Object> report = new LinkedHashMap<>();
        report.put("offers", target);
        report.put("generated", Math.max(0, target - existing));
        report.put("generationMillis", generationMillis);
        report.put("rebuildMillis", rebuild.duration().toMillis());
        report.put("indexedDocuments", rebuild.documents());
        Files.createDirectories(reportFile.toAbsolutePath().getParent());
        Files.writeString(reportFile, JsonMapper.builder().build().writeValueAsString(report));
        log.info("Benchmark data ready: {}", report);
    }

    private void writeChunk(SyntheticOffers generator, int first, int last) {
        // The rebuild indexes everything afterwards; indexing 500 offers per commit would only measure the generator.
        Search.session(entityManager).indexingPlanFilter(ctx -> ctx.exclude(Offer.class));
        Instant now = Instant.now();
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Berlin"));
        Map<Integer, OrganisationRef> organisations = new LinkedHashMap<>();
        for (int n = first; n < last; n++) {
            SyntheticOffers.Draft draft = generator.offer(n);
            OrganisationRef owner = organisations.computeIfAbsent(draft.organisation(),
                    o -> organisation(generator, o, now));
            List<SiteData> sites = new ArrayList<>();
            for (SyntheticOffers.Place place : draft.sites()) {
                LocationId location = LocationId.of(uuid("location:" + n + ":" + place.municipality()));
                entityManager.persist(new Location(location, owner.id(), owner.district(),
                        new LocationDetails(LocationType.PHYSICAL, place.city(), null,
                                new Address(draft.street(), null, place.postalCode(), place.city()),
                                MunicipalityKey.of(place.municipality()), null, null, null, draft.barrierFree()),
                        now, false));
                sites.add(new SiteData(location.value(), null, place.latitude(), place.longitude(),
                        place.municipality(), place.postalCode(), place.city()));
            }
            List<Classification> classifications = new ArrayList<>();
            for (CatalogTerm term : draft.terms()) {
                classifications.add(new Classification(term.id().value(), term.taxonomy(), term.code()));
            }
            OfferFlags flags = new OfferFlags(draft.free(), n % 3 == 0, n % 4 == 0, draft.barrierFree(), n % 5 == 0,
                    n % 6 == 0, draft.online(), sites.isEmpty() && !draft.online());
            CourseDetails course = draft.courseLevel() == null ? CourseDetails.NONE
                    : new CourseDetails(CourseLevel.parse(draft.courseLevel()), today.plusDays(n % 90),
                            today.plusDays(n % 90 + 120), 16, n % 17, null);
            OfferContent content = new OfferContent(draft.name(), draft.description(), null, null, null, null,
                    draft.online() ? "https://example.org/kurs/" + n : null, null, null,
                    draft.online() ? "https://example.org/online/" + n : null, flags, false, null, null, null, null,
                    course, classifications, draft.languages(), List.of(), sites, List.of(), List.of());
            Offer offer = new Offer(OfferId.of(uuid("offer:" + n)), owner, content, Actor.system(), now, today,
                    false);
            if (draft.englishName() != null) {
                offer.translate(TranslatedField.NAME, ContentLanguage.EN, draft.englishName(), false, Actor.system(),
                        now);
                offer.translate(TranslatedField.DESCRIPTION, ContentLanguage.EN, draft.englishDescription(), false,
                        Actor.system(), now);
            }
            if (draft.published()) {
                offer.publish(Actor.system(), now);
            }
            entityManager.persist(offer);
        }
        entityManager.flush();
        entityManager.clear();
    }

    private OrganisationRef organisation(SyntheticOffers generator, int number, Instant now) {
        OrganisationId id = OrganisationId.of(uuid("organisation:" + number));
        SyntheticOffers.Place seat = generator.seatOf(number);
        DistrictKey district = DistrictKey.of(seat.district());
        String name = generator.organisationName(number);
        if (entityManager.find(Organisation.class, id.value()) == null) {
            entityManager.persist(new Organisation(id, district, new OrganisationDetails(name,
                    OrganisationType.values()[number % OrganisationType.values().length], null,
                    new Address("Hauptstraße " + (number % 90 + 1), null, seat.postalCode(), seat.city()), null,
                    null, null, null, MunicipalityKey.of(seat.municipality()), Set.of(), OrganisationStatus.ACTIVE),
                    now, false));
        }
        return new OrganisationRef(id, district, name, false);
    }

    static UUID uuid(String name) {
        return UUID.nameUUIDFromBytes(("integrationsnetz:benchmark:" + name).getBytes(
                java.nio.charset.StandardCharsets.UTF_8));
    }
}
