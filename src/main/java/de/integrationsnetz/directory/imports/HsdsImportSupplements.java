package de.integrationsnetz.directory.imports;

import de.integrationsnetz.directory.Address;
import de.integrationsnetz.directory.LocationId;
import de.integrationsnetz.directory.OfferId;
import de.integrationsnetz.directory.OrganisationId;
import de.integrationsnetz.directory.common.DirectoryRuleViolation;
import de.integrationsnetz.directory.common.Folding;
import de.integrationsnetz.directory.common.PostalCodePlaces;
import de.integrationsnetz.directory.hsds.HsdsMapping;
import de.integrationsnetz.directory.hsds.HsdsMapping.MappedContact;
import de.integrationsnetz.directory.hsds.HsdsMapping.MappedLocation;
import de.integrationsnetz.directory.hsds.HsdsMapping.MappedOrganisation;
import de.integrationsnetz.directory.hsds.HsdsMapping.MappedService;
import de.integrationsnetz.directory.hsds.HsdsMapping.MappedTranslation;
import de.integrationsnetz.directory.location.Location;
import de.integrationsnetz.directory.location.LocationDetails;
import de.integrationsnetz.directory.location.LocationManagement;
import de.integrationsnetz.directory.location.LocationType;
import de.integrationsnetz.directory.offer.Actor;
import de.integrationsnetz.directory.offer.Offer;
import de.integrationsnetz.directory.offer.OfferContent;
import de.integrationsnetz.directory.offer.OfferStatus;
import de.integrationsnetz.directory.offer.ScheduleData;
import de.integrationsnetz.directory.offer.SiteData;
import de.integrationsnetz.directory.organisation.ContactDetails;
import de.integrationsnetz.directory.organisation.ContactPerson;
import de.integrationsnetz.directory.organisation.Organisation;
import de.integrationsnetz.directory.organisation.OrganisationRef;
import de.integrationsnetz.directory.taxonomy.TaxonomyCatalog;
import de.integrationsnetz.shared.MunicipalityKey;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * The part of an HSDS service the offer table does not hold (docs/directory.md §3.1, §7.2): schedules (the service's
 * and its sites'), translations with their state ({@code x_translations}: current, outdated, machine), the sites
 * beyond the first (their locations found by id or address among the organisation's, else created from the file),
 * the contact persons (linked when the organisation has them, else added to it from the file) and the HSDS fields
 * kept for the round trip ({@code hsds_extra}).
 *
 * <p>During the validation ({@link ImportChecks}) it reports, per service line, what the mapping could not carry
 * (warnings) and what the model refuses (errors: an unreadable schedule, a schedule or site that breaks the offer's
 * invariants, a further site outside the district). After the table's rows are written ({@link ImportSupplements},
 * same transaction) it loads each offer by id and adds the rest through {@link Offer#edit} and
 * {@link Offer#importTranslation}, so the offer's invariants and the audit trail apply; any failure throws
 * {@link ImportRowsFailed} and nothing of the job remains.
 */
@Component
class HsdsImportSupplements implements ImportSupplements, ImportChecks {

    static final String NOT_CARRIED = "hsds-not-carried";
    static final String INVALID_SCHEDULE = "invalid-schedule";
    private static final ZoneId ZONE = ZoneId.of("Europe/Berlin");
    private static final int FLUSH_EVERY = 200;

    private final EntityManager entityManager;
    private final ImportStore store;
    private final TaxonomyCatalog catalog;
    private final LocationManagement locations;
    private final PostalCodePlaces places;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    HsdsImportSupplements(EntityManager entityManager, ImportStore store, TaxonomyCatalog catalog,
            LocationManagement locations, PostalCodePlaces places, ApplicationEventPublisher events, Clock clock) {
        this.entityManager = entityManager;
        this.store = store;
        this.catalog = catalog;
        this.locations = locations;
        this.places = places;
        this.events = events;
        this.clock = clock;
    }

    // ---------------------------------------------------------------- validation

    @Override
    public List<ImportProblem> check(ImportJob job, Table table) {
        if (job.kind() != FileKind.HSDS) {
            return List.of();
        }
        HsdsOfferTable.Parsed file = parse(job);
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, ZONE);
        List<ImportProblem> problems = new ArrayList<>();
        Map<UUID, Integer> firstLineOfOrganisation = new LinkedHashMap<>();
        for (HsdsOfferTable.Parsed.Service entry : file.services()) {
            int line = entry.line();
            MappedService service = entry.mapped();
            if (service.organizationId() != null) {
                firstLineOfOrganisation.putIfAbsent(service.organizationId(), line);
            }
            service.warnings().forEach(warning -> problems.add(warning(line, fieldOf(warning), warning)));
            service.errors().forEach(error -> problems.add(new ImportProblem(line, "schedules", INVALID_SCHEDULE,
                    error, false)));
            OfferContent content = service.content();
            for (MappedTranslation translation : service.translations()) {
                if (german(content, translation) == null) {
                    problems.add(warning(line, "translations", "translation of " + translation.field() + " into "
                            + translation.language().code() + " has no German text to belong to"));
                }
            }
            for (int i = 1; i < content.sites().size(); i++) {
                checkFurtherSite(line, content.sites().get(i), file, job, problems);
            }
            for (UUID contact : content.contacts()) {
                if (contactDetails(contact, service, file).isEmpty() && !contactExists(contact)) {
                    problems.add(warning(line, "contacts", "contact " + contact + " is neither in the file nor known"));
                }
            }
            checkInvariants(line, service, job, now, today, problems);
        }
        firstLineOfOrganisation.forEach((organisation, line) -> {
            MappedOrganisation mapped = file.organisations().get(organisation);
            if (mapped != null) {
                mapped.warnings().forEach(warning -> problems.add(warning(line, fieldOf(warning), warning)));
            }
        });
        return problems;
    }

    private void checkFurtherSite(int line, SiteData site, HsdsOfferTable.Parsed file, ImportJob job,
            List<ImportProblem> problems) {
        MappedLocation location = file.locations().get(site.locationId());
        if (location == null) {
            if (entityManager.find(Location.class, site.locationId()) == null) {
                problems.add(warning(line, "sites", "location " + site.locationId() + " is not in the file"));
            }
            return;
        }
        String postalCode = location.details().address().postalCode();
        if (postalCode == null) {
            return;
        }
        Optional<PostalCodePlaces.Place> place = places.find(postalCode, location.details().address().city());
        if (place.isEmpty()) {
            problems.add(new ImportProblem(line, "sites", "postal-code-unknown", postalCode, false));
        } else if (!place.get().municipalities().isEmpty() && place.get().municipalities().stream()
                .map(MunicipalityKey::district).noneMatch(job.district()::equals)) {
            problems.add(new ImportProblem(line, "sites", "municipality-outside-district", postalCode, false));
        }
    }

    /**
     * Builds the whole service as an offer in memory (never stored) to run the offer's own checks on what the table
     * does not hold: schedules, further sites. A service whose table part already fails is reported by the table.
     */
    private void checkInvariants(int line, MappedService service, ImportJob job, Instant now, LocalDate today,
            List<ImportProblem> problems) {
        OfferContent whole = service.content();
        if (whole.sites().isEmpty() && whole.schedules().isEmpty()) {
            return;
        }
        OrganisationRef owner = new OrganisationRef(OrganisationId.random(), job.district(), "?", false);
        Optional<DirectoryRuleViolation> broken = violation(service.id(), owner, whole, job, now, today);
        if (broken.isEmpty()) {
            return;
        }
        OfferContent tablePart = new OfferContent(whole.name(), whole.description(), whole.feesNote(),
                whole.eligibilityNote(), whole.applicationNote(), whole.alert(), whole.url(), whole.email(),
                whole.phone(), whole.onlineUrl(), whole.flags(), whole.wholeDistrict(), whole.minAge(),
                whole.maxAge(), whole.validFrom(), whole.validUntil(), whole.course(), whole.classifications(),
                whole.languages(), whole.serviceAreas(), whole.sites().isEmpty() ? List.of()
                        : List.of(whole.sites().get(0)), List.of(), List.of());
        if (violation(service.id(), owner, tablePart, job, now, today).isEmpty()) {
            problems.add(new ImportProblem(line, field(broken.get()), code(broken.get()), broken.get().getMessage(),
                    false));
        }
    }

    private static Optional<DirectoryRuleViolation> violation(UUID id, OrganisationRef owner, OfferContent content,
            ImportJob job, Instant now, LocalDate today) {
        try {
            Offer.imported(OfferId.of(id), owner, content, OfferStatus.DRAFT, job.id(), now, today);
            return Optional.empty();
        } catch (DirectoryRuleViolation broken) {
            return Optional.of(broken);
        }
    }

    // ---------------------------------------------------------------- writing

    /** A line without an entry in {@code offersByLine} is the service's own id, which the table's id column carries. */
    @Override
    public void apply(ImportJob job, Table table, Map<Integer, OfferId> offersByLine) {
        if (job.kind() != FileKind.HSDS) {
            return;
        }
        HsdsOfferTable.Parsed file = parse(job);
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, ZONE);
        Set<UUID> createdLocations = createdInThisTransaction();
        int done = 0;
        for (HsdsOfferTable.Parsed.Service entry : file.services()) {
            MappedService service = entry.mapped();
            if (!service.errors().isEmpty()) {
                throw new ImportRowsFailed(entry.line(), service.errors().stream()
                        .map(error -> new ImportProblem(entry.line(), "schedules", INVALID_SCHEDULE, error, false))
                        .toList());
            }
            OfferId written = offersByLine.get(entry.line());
            Offer offer = entityManager.find(Offer.class, written != null ? written.value() : service.id());
            if (offer == null || !offer.importJobId().map(job.id()::equals).orElse(false)) {
                continue; // not written by this job (the table's row had no id or another one)
            }
            try {
                supplement(offer, service, file, createdLocations, now, today);
            } catch (DirectoryRuleViolation broken) {
                throw new ImportRowsFailed(entry.line(), List.of(new ImportProblem(entry.line(), field(broken),
                        code(broken), broken.getMessage(), false)));
            }
            if (++done % FLUSH_EVERY == 0) {
                entityManager.flush();
                entityManager.clear();
            }
        }
        entityManager.flush();
    }

    private void supplement(Offer offer, MappedService service, HsdsOfferTable.Parsed file,
            Set<UUID> createdLocations, Instant now, LocalDate today) {
        OfferContent written = offer.content();
        OfferContent wanted = service.content();
        Organisation organisation = entityManager.find(Organisation.class, offer.organisation().value());
        OrganisationRef owner = new OrganisationRef(organisation.id(), organisation.district(), organisation.name(),
                organisation.isDemo());

        // sites: the first is the table's (its location found or created by the writer), the others are resolved here
        List<SiteData> sites = new ArrayList<>();
        Map<UUID, UUID> siteIds = new HashMap<>();
        for (int i = 0; i < wanted.sites().size(); i++) {
            SiteData site = wanted.sites().get(i);
            MappedLocation mapped = file.locations().get(site.locationId());
            Location location;
            if (i == 0 && !written.sites().isEmpty()) {
                location = entityManager.find(Location.class, written.sites().get(0).locationId());
                if (mapped != null && createdLocations.contains(location.id().value())) {
                    takeDetails(location, mapped, now);
                }
            } else {
                location = furtherLocation(owner, site.locationId(), mapped);
            }
            if (location == null) {
                continue; // reported as a warning by the validation
            }
            sites.add(snapshot(location, site.description()));
            siteIds.put(HsdsMapping.siteId(service.id(), site.locationId()),
                    HsdsMapping.siteId(offer.id().value(), location.id().value()));
        }
        List<ScheduleData> schedules = new ArrayList<>();
        for (ScheduleData schedule : wanted.schedules()) {
            UUID site = schedule.siteId() == null ? null : siteIds.get(schedule.siteId());
            if (schedule.siteId() != null && site == null) {
                continue; // its site could not be carried
            }
            schedules.add(new ScheduleData(schedule.id(), site, schedule.kind(), schedule.rrule(), schedule.start(),
                    schedule.opensAt(), schedule.closesAt(), schedule.validFrom(), schedule.validUntil(),
                    schedule.attending(), schedule.note()));
        }
        List<UUID> contacts = new ArrayList<>();
        for (UUID contact : wanted.contacts()) {
            contact(organisation, contact, service, file, now).ifPresent(contacts::add);
        }

        // the table has no column for the alert
        offer.edit(new OfferContent(written.name(), written.description(), written.feesNote(),
                written.eligibilityNote(), written.applicationNote(), wanted.alert(), written.url(), written.email(),
                written.phone(), written.onlineUrl(), written.flags(), written.wholeDistrict(), written.minAge(),
                written.maxAge(), written.validFrom(), written.validUntil(), written.course(),
                written.classifications(), written.languages(), written.serviceAreas(), sites, contacts, schedules),
                Actor.system(), now, today);
        for (MappedTranslation translation : service.translations()) {
            if (offer.german(translation.field()) != null) {
                offer.importTranslation(translation.field(), translation.language(), translation.text(),
                        translation.machine(), translation.current(), Actor.system(), now);
            }
        }
        if (!service.extra().isEmpty()) {
            offer.keepHsdsExtra(service.extra().toString());
        }
        offer.drainEvents().forEach(events::publishEvent);
    }

    /**
     * The location of a further site: the file's location when the organisation has it (same id), else one of the
     * organisation's physical locations at the same street and postal code, else a new one with the file's details
     * (under the file's id when that is free).
     */
    private @Nullable Location furtherLocation(OrganisationRef owner, UUID id, @Nullable MappedLocation mapped) {
        Location byId = entityManager.find(Location.class, id);
        if (byId != null && byId.organisation().equals(owner.id())) {
            return byId;
        }
        if (mapped == null) {
            return null;
        }
        Address address = mapped.details().address();
        if (address.street() != null || address.postalCode() != null) {
            String wanted = Folding.address(address.street(), address.postalCode());
            Optional<Location> same = entityManager.createQuery(
                            "select l from Location l where l.organisationId = :organisation", Location.class)
                    .setParameter("organisation", owner.id().value()).getResultList().stream()
                    .filter(location -> location.type() == LocationType.PHYSICAL && Folding.address(
                            location.address().street(), location.address().postalCode()).equals(wanted))
                    .findFirst();
            if (same.isPresent()) {
                return same.get();
            }
        }
        LocationId created = locations.register(byId == null ? LocationId.of(id) : LocationId.random(), owner,
                mapped.details(), mapped.coordinates(), false);
        Location location = entityManager.find(Location.class, created.value());
        if (mapped.coordinates() != null && mapped.coordinateSource() != null) {
            location.placeAt(mapped.coordinates(), mapped.coordinateSource());
        }
        return location;
    }

    /**
     * The locations the writer created for this job (it found none of the organisation's at a row's address): a row
     * inserted by the current transaction carries its transaction id ({@code xmin}). One query per job.
     */
    @SuppressWarnings("unchecked")
    private Set<UUID> createdInThisTransaction() {
        List<UUID> ids = entityManager.createNativeQuery("select id from directory.locations "
                + "where xmin::text::bigint = txid_current() % 4294967296", UUID.class).getResultList();
        return Set.copyOf(ids);
    }

    /**
     * Gives a location the writer made from the row's address the file's name, description, links, accessibility
     * and coordinates; the address stays the row's and the municipality the one found for it, unless the file names one.
     */
    private static void takeDetails(Location location, MappedLocation mapped, Instant now) {
        LocationDetails file = mapped.details();
        location.change(new LocationDetails(location.type(), file.name().isBlank() ? location.name() : file.name(),
                file.description(), new Address(location.address().street(), file.address().addressLine2(),
                        location.address().postalCode(), location.address().city()),
                file.municipality() != null ? file.municipality() : location.municipality().orElse(null), file.url(),
                file.transportation(), file.accessibility(), file.barrierFree()), now);
        if (mapped.coordinates() != null && mapped.coordinateSource() != null) {
            location.placeAt(mapped.coordinates(), mapped.coordinateSource());
        }
    }

    /**
     * A contact person of the offer: the organisation's own (same id), else the file's person added to the
     * organisation (under the file's id when that is free).
     */
    private Optional<UUID> contact(Organisation organisation, UUID id, MappedService service,
            HsdsOfferTable.Parsed file, Instant now) {
        if (organisation.contact(id).isPresent()) {
            return Optional.of(id);
        }
        Optional<ContactDetails> details = contactDetails(id, service, file);
        if (details.isEmpty()) {
            return Optional.empty();
        }
        ContactPerson added = organisation.addContact(contactExists(id) ? UUID.randomUUID() : id, details.get(), now);
        return Optional.of(added.id());
    }

    private static Optional<ContactDetails> contactDetails(UUID id, MappedService service,
            HsdsOfferTable.Parsed file) {
        Optional<ContactDetails> own = service.contactPersons().stream().filter(contact -> contact.id().equals(id))
                .map(MappedContact::details).findFirst();
        if (own.isPresent() || service.organizationId() == null) {
            return own;
        }
        MappedOrganisation organisation = file.organisations().get(service.organizationId());
        return organisation == null ? Optional.empty() : organisation.contacts().stream()
                .filter(contact -> contact.id().equals(id)).map(MappedContact::details).findFirst();
    }

    private boolean contactExists(UUID id) {
        return !entityManager.createQuery("select c.id from ContactPerson c where c.id = :id", UUID.class)
                .setParameter("id", id).setMaxResults(1).getResultList().isEmpty();
    }

    private static SiteData snapshot(Location location, @Nullable String description) {
        return new SiteData(location.id().value(), description,
                location.coordinates().map(c -> c.latitude()).orElse(null),
                location.coordinates().map(c -> c.longitude()).orElse(null),
                location.municipality().map(MunicipalityKey::value).orElse(null),
                location.address().postalCode(), location.address().city());
    }

    // ---------------------------------------------------------------- helpers

    private HsdsOfferTable.Parsed parse(ImportJob job) {
        byte[] content = store.file(job.id()).orElseThrow(
                () -> new UnreadableFile("expired", "The file of import job " + job.id() + " is no longer kept"));
        return HsdsOfferTable.parse(content, new HsdsMapping(catalog.snapshot()));
    }

    private static @Nullable String german(OfferContent content, MappedTranslation translation) {
        return switch (translation.field()) {
            case NAME -> content.name();
            case DESCRIPTION -> content.description();
            case FEES -> content.feesNote();
            case ELIGIBILITY -> content.eligibilityNote();
            case APPLICATION -> content.applicationNote();
            case ALERT -> content.alert();
            default -> null;
        };
    }

    private static ImportProblem warning(int line, String field, String text) {
        return new ImportProblem(line, field, NOT_CARRIED, text, true);
    }

    /** The report's column for a warning of {@link HsdsMapping}, by what the warning is about. */
    static String fieldOf(String warning) {
        if (warning.startsWith("schedule")) {
            return "schedules";
        } else if (warning.startsWith("translation")) {
            return "translations";
        } else if (warning.startsWith("unmapped taxonomy term") || warning.startsWith("taxonomy term")) {
            return OfferColumn.CATEGORIES.key();
        } else if (warning.startsWith("service_at_location") || warning.startsWith("location")) {
            return "sites";
        } else if (warning.startsWith("postal code")) {
            return OfferColumn.POSTAL_CODE.key();
        } else if (warning.startsWith("service area") || warning.startsWith("municipality key")) {
            return OfferColumn.MUNICIPALITIES_SERVED.key();
        } else if (warning.startsWith("unknown language")) {
            return OfferColumn.LANGUAGES.key();
        } else if (warning.startsWith("contact")) {
            return "contacts";
        } else if (warning.startsWith("organization")) {
            return OfferColumn.ORGANISATION_NAME.key();
        }
        return "row";
    }

    private static String field(DirectoryRuleViolation broken) {
        String field = broken.field();
        if (field.startsWith("schedules")) {
            return "schedules";
        }
        return field.equals("sites") ? "sites" : "row";
    }

    private static String code(DirectoryRuleViolation broken) {
        return broken.field().startsWith("schedules") ? INVALID_SCHEDULE : "invalid-value";
    }
}
