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
import org.hibernate.search.mapper.orm.Search;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes every row of a validated job in ONE transaction: each row is checked again (the data may have changed since
 * the validation), then its organisation (created if new), its place (an existing location of the organisation with
 * the same street and postal code, else a new one with coordinates from the postal code) and the offer
 * ({@link Offer#imported}, marked with the job; moved to review when the job or row says so). The first row with an
 * error throws {@link ImportRowsFailed}, which rolls everything back: all rows or none.
 *
 * <p>Deviation from §7.2 (COPY): rows are written through JPA, flushed every 200 rows. For the
 * file sizes of a district (a few thousand rows) this is fast enough, keeps one code path for the offer's invariants,
 * and lets the audit trail see every row; automatic indexing is off for offers in this session (the session is
 * cleared after every batch) and the search index takes the job's offers after the commit with
 * {@code SearchIndexMaintenance.reindexImport}.
 */
@Component
class ImportWriter {

    private static final ZoneId ZONE = ZoneId.of("Europe/Berlin");
    private static final int FLUSH_EVERY = 200;
    private static final int PROGRESS_EVERY = 100;

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
        this.supplements = supplements;
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
        ImportJob job = entityManager.find(ImportJob.class, jobId);
        if (job.status() != ImportStatus.COMMITTING) {
            throw new ImportNotAllowed(jobId, "commit", job.status());
        }
        // Inserts of offers and their collections go to the database in JDBC batches (this session only).
        entityManager.unwrap(org.hibernate.Session.class).setJdbcBatchSize(FLUSH_EVERY);
        // The offers are indexed once after the commit (SearchIndexMaintenance.reindexImport). Automatic indexing would
        // hold every offer of the session until the commit, and the session could not be cleared between batches.
        Search.session(entityManager).indexingPlanFilter(context -> context.exclude(Offer.class));
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, ZONE);
        OfferRowParser parser = new OfferRowParser(job.mapping(), vocabulary, job.organisation().isPresent());
        RowResolver resolver = new RowResolver(entityManager, places, job);
        Map<UUID, OrganisationRef> owners = new HashMap<>();
        Map<String, SiteData> sites = new HashMap<>();
        int createdOrganisations = 0;
        int createdLocations = 0;
        int written = 0;
        for (Table.Row source : table.rows()) {
            ImportRow row = parser.parse(source);
            List<ImportProblem> problems = new ArrayList<>(row.problems());
            RowResolver.Owner owner = resolver.check(row, problems, now, today).orElse(null);
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
                String key = ref.id().value() + "|" + Folding.address(row.street(), row.postalCode());
                SiteData site = sites.get(key);
                if (site == null) {
                    Location location = findLocation(ref, row);
                    if (location == null) {
                        String name = row.street() != null ? row.street() : row.city() != null ? row.city()
                                : row.postalCode();
                        LocationId id = locations.register(LocationId.random(), ref, new LocationDetails(
                                LocationType.PHYSICAL, name, null, new Address(row.street(), null, row.postalCode(),
                                        row.city()), null, null, null, null, false), null, false);
                        location = entityManager.find(Location.class, id.value());
                        createdLocations++;
                    }
                    site = snapshot(location);
                    sites.put(key, site);
                }
                rowSites = List.of(site);
            }
            OfferStatus status = row.status() != null ? row.status() : job.targetStatus();
            Offer offer = Offer.imported(row.id() != null ? OfferId.of(row.id()) : OfferId.random(), ref,
                    row.content().withSites(rowSites), OfferStatus.DRAFT, jobId, now, today);
            if (status == OfferStatus.IN_REVIEW) {
                offer.submit(Actor.system(), now);
            }
            entityManager.persist(offer);
            offer.drainEvents().forEach(events::publishEvent);
            written++;
            if (written % FLUSH_EVERY == 0) {
                entityManager.flush();
                // without clear() every flush and every query's auto-flush would dirty-check all offers written so far
                entityManager.clear();
            }
            if (written % PROGRESS_EVERY == 0) {
                store.progress(jobId, written);
            }
        }
        entityManager.flush();
        supplements.forEach(supplement -> supplement.apply(job, table));
        ImportJob done = entityManager.find(ImportJob.class, jobId);
        done.committed(written, createdOrganisations, createdLocations, clock.instant());
        return new Written(written, createdOrganisations, createdLocations);
    }

    private Location findLocation(OrganisationRef owner, ImportRow row) {
        String wanted = Folding.address(row.street(), row.postalCode());
        return entityManager.createQuery("select l from Location l where l.organisationId = :organisation",
                        Location.class)
                .setParameter("organisation", owner.id().value()).getResultList().stream()
                .filter(location -> location.type() == LocationType.PHYSICAL && Folding.address(
                        location.address().street(), location.address().postalCode()).equals(wanted))
                .findFirst().orElse(null);
    }

    private static SiteData snapshot(Location location) {
        return new SiteData(location.id().value(), null,
                location.coordinates().map(c -> c.latitude()).orElse(null),
                location.coordinates().map(c -> c.longitude()).orElse(null),
                location.municipality().map(MunicipalityKey::value).orElse(null),
                location.address().postalCode(), location.address().city());
    }
}
