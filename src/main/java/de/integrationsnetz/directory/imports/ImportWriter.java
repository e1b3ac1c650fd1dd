package de.integrationsnetz.directory.imports;

import de.integrationsnetz.directory.Address;
import de.integrationsnetz.directory.LocationId;
import de.integrationsnetz.directory.OfferId;
import de.integrationsnetz.directory.common.Folding;
import de.integrationsnetz.directory.common.PostalCodePlaces;
import de.integrationsnetz.directory.location.Location;
import de.integrationsnetz.directory.location.LocationDetails;
import de.integrationsnetz.directory.location.LocationManagement;
import de.integrationsnetz.directory.location.LocationType;
import de.integrationsnetz.directory.offer.Actor;
import de.integrationsnetz.directory.offer.Offer;
import de.integrationsnetz.directory.offer.OfferStatus;
import de.integrationsnetz.directory.offer.SiteData;
import de.integrationsnetz.directory.organisation.Organisation;
import de.integrationsnetz.directory.organisation.OrganisationDetails;
import de.integrationsnetz.directory.organisation.OrganisationManagement;
import de.integrationsnetz.directory.organisation.OrganisationRef;
import de.integrationsnetz.directory.organisation.OrganisationStatus;
import de.integrationsnetz.directory.organisation.OrganisationType;
import de.integrationsnetz.shared.MunicipalityKey;
import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.hibernate.Session;
import org.hibernate.search.mapper.orm.Search;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes every row of a validated job in ONE transaction (docs/directory.md §7.2): all rows are parsed and checked
 * again first (the data may have changed since the validation; the offer ids of the file are looked up in one query),
 * then each row's organisation (created if new, through JPA: a handful per job), its place (an existing location of
 * the organisation with the same street and postal code — the organisation's locations are loaded once — else a new
 * one with coordinates from the postal code) and its offer, built in memory by {@link Offer#imported} (every
 * invariant of the entity; moved to review when the job or row says so) and written with the other offers through
 * PostgreSQL COPY ({@link OfferCopy}) into {@code offers} and its child tables. The first row with an error throws
 * {@link ImportRowsFailed}, which rolls everything back: all rows or none.
 *
 * <p>COPY bypasses Hibernate (§10 risk 6): the audit trail gets ONE entry for the job (the job's update to COMMITTED
 * with the file name and the counts, by the importing user, filed under the district) instead of one per offer, and
 * the search index takes the job's offers after the commit ({@code SearchIndexMaintenance.reindexImport}). The
 * offers' domain events ({@code OfferPublished}, {@code OfferReviewRequested}) are still published, once per offer
 * as before, after the offers are in the database. At the end, still in the transaction, every
 * {@link ImportSupplements} bean adds what the table does not hold.
 */
@Component
class ImportWriter {

    private static final Logger log = LoggerFactory.getLogger(ImportWriter.class);
    private static final ZoneId ZONE = ZoneId.of("Europe/Berlin");

    private final EntityManager entityManager;
    private final OrganisationManagement organisations;
    private final LocationManagement locations;
    private final PostalCodePlaces places;
    private final ImportStore store;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final List<ImportSupplements> supplements;

    ImportWriter(EntityManager entityManager, OrganisationManagement organisations, LocationManagement locations,
            PostalCodePlaces places, ImportStore store, ApplicationEventPublisher events, Clock clock,
            List<ImportSupplements> supplements) {
        this.supplements = List.copyOf(supplements);
        this.entityManager = entityManager;
        this.organisations = organisations;
        this.locations = locations;
        this.places = places;
        this.store = store;
        this.events = events;
        this.clock = clock;
    }

    /** The counts of what was created. */
    record Written(int offers, int organisations, int locations) {}

    @Transactional
    public Written write(UUID jobId, Table table, ImportVocabulary.Snapshot vocabulary) {
        long started = System.nanoTime();
        long cpuStarted = cpuNanos();
        ImportJob job = entityManager.find(ImportJob.class, jobId);
        if (job.status() != ImportStatus.COMMITTING) {
            throw new ImportNotAllowed(jobId, "commit", job.status());
        }
        // Organisations and locations a job creates are few; the offers go through COPY, past Hibernate Search.
        Search.session(entityManager).indexingPlanFilter(context -> context.exclude(Offer.class));
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, ZONE);
        OfferRowParser parser = new OfferRowParser(job.mapping(), vocabulary, job.organisation().isPresent());
        RowResolver resolver = new RowResolver(entityManager, places, job, false);
        List<ImportRow> rows = table.rows().stream().map(parser::parse).toList();
        resolver.prefetchOfferIds(rows);
        long parsed = System.nanoTime();
        Map<UUID, OrganisationRef> owners = new HashMap<>();
        Map<UUID, Map<String, SiteData>> sitesByOwner = new HashMap<>();
        Map<Integer, OfferId> offersByLine = new HashMap<>();
        List<Object> offerEvents = new ArrayList<>();
        int createdOrganisations = 0;
        int createdLocations = 0;
        Connection connection = entityManager.unwrap(Session.class).doReturningWork(c -> c);
        OfferCopy copy = new OfferCopy(connection, entityManager::flush);
        ImportProgress progress = new ImportProgress(store, jobId);
        for (ImportRow row : rows) {
            List<ImportProblem> problems = new ArrayList<>(row.problems());
            RowResolver.Owner owner = resolver.resolve(row, problems).orElse(null);
            if (RowResolver.errors(problems) > 0 || owner == null || row.content() == null) {
                throw new ImportRowsFailed(row.line(), problems);
            }
            OrganisationRef ref = owners.get(owner.id().value());
            if (ref == null) {
                if (owner.isNew() && !organisations.exists(owner.id())) {
                    organisations.register(owner.id(), job.district(), new OrganisationDetails(owner.name(),
                            OrganisationType.OTHER, null, Address.NONE, null, null, null, null, null, Set.of(),
                            OrganisationStatus.ACTIVE), null, false);
                    createdOrganisations++;
                }
                Organisation organisation = entityManager.find(Organisation.class, owner.id().value());
                ref = new OrganisationRef(organisation.id(), organisation.district(), organisation.name(),
                        organisation.isDemo());
                owners.put(owner.id().value(), ref);
            }
            List<SiteData> rowSites = List.of();
            if (row.hasPlace()) {
                Map<String, SiteData> known = sitesByOwner.computeIfAbsent(ref.id().value(), this::physicalSites);
                String key = Folding.address(row.street(), row.postalCode());
                SiteData site = known.get(key);
                if (site == null) {
                    String name = row.street() != null ? row.street() : row.city() != null ? row.city()
                            : row.postalCode();
                    LocationId id = locations.register(LocationId.random(), ref, new LocationDetails(
                            LocationType.PHYSICAL, name, null, new Address(row.street(), null, row.postalCode(),
                                    row.city()), null, null, null, null, false), null, false);
                    site = snapshot(entityManager.find(Location.class, id.value()));
                    known.put(key, site);
                    createdLocations++;
                }
                rowSites = List.of(site);
            }
            Offer offer = resolver.build(row, ref, rowSites, problems, now, today).orElse(null);
            if (offer == null || RowResolver.errors(problems) > 0) {
                throw new ImportRowsFailed(row.line(), problems);
            }
            OfferStatus status = row.status() != null ? row.status() : job.targetStatus();
            if (status == OfferStatus.IN_REVIEW) {
                offer.submit(Actor.system(), now);
            }
            copy.add(offer);
            offerEvents.addAll(offer.drainEvents());
            offersByLine.put(row.line(), offer.id());
            progress.rowsDone(offersByLine.size());
        }
        copy.flush();
        long copied = System.nanoTime();
        offerEvents.forEach(events::publishEvent);
        ImportJob current = entityManager.find(ImportJob.class, jobId);
        for (ImportSupplements supplement : supplements) {
            supplement.apply(current, table, Map.copyOf(offersByLine));
        }
        entityManager.flush();
        long supplemented = System.nanoTime();
        int written = copy.written();
        ImportJob done = entityManager.find(ImportJob.class, jobId);
        done.committed(written, createdOrganisations, createdLocations, clock.instant());
        log.info("Import job {} written: {} offers in {} ms, {} ms CPU of this thread (parse and look-ups {} ms, rows "
                        + "{} ms, COPY {} ms, events and supplements {} ms)", jobId, written,
                millis(started, System.nanoTime()), millis(cpuStarted, cpuNanos()), millis(started, parsed),
                millis(parsed, copied) - copy.sendMillis(), copy.sendMillis(), millis(copied, supplemented));
        return new Written(written, createdOrganisations, createdLocations);
    }

    /** The organisation's physical locations by folded street and postal code (the first of each), loaded once. */
    private Map<String, SiteData> physicalSites(UUID organisation) {
        Map<String, SiteData> sites = new HashMap<>();
        entityManager.createQuery("select l from Location l where l.organisationId = :organisation order by l.id",
                        Location.class)
                .setParameter("organisation", organisation).getResultList().stream()
                .filter(location -> location.type() == LocationType.PHYSICAL)
                .forEach(location -> sites.putIfAbsent(Folding.address(location.address().street(),
                        location.address().postalCode()), snapshot(location)));
        return sites;
    }

    static long cpuNanos() {
        return java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
    }

    private static long millis(long from, long to) {
        return (to - from) / 1_000_000;
    }

    private static SiteData snapshot(Location location) {
        return new SiteData(location.id().value(), null,
                location.coordinates().map(c -> c.latitude()).orElse(null),
                location.coordinates().map(c -> c.longitude()).orElse(null),
                location.municipality().map(MunicipalityKey::value).orElse(null),
                location.address().postalCode(), location.address().city());
    }
}
