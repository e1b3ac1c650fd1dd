package de.integrationsnetz.directory.imports;

import static org.assertj.core.api.Assertions.assertThat;

import de.integrationsnetz.directory.Address;
import de.integrationsnetz.directory.ContentLanguage;
import de.integrationsnetz.directory.Coordinates;
import de.integrationsnetz.directory.OfferFixtures;
import de.integrationsnetz.directory.OfferId;
import de.integrationsnetz.directory.OrganisationId;
import de.integrationsnetz.directory.hsds.HsdsExport;
import de.integrationsnetz.directory.hsds.HsdsFixtures;
import de.integrationsnetz.directory.location.LocationDetails;
import de.integrationsnetz.directory.location.LocationManagement;
import de.integrationsnetz.directory.location.LocationType;
import de.integrationsnetz.directory.location.LocationView;
import de.integrationsnetz.directory.offer.Classification;
import de.integrationsnetz.directory.offer.CourseDetails;
import de.integrationsnetz.directory.offer.CourseLevel;
import de.integrationsnetz.directory.offer.Offer;
import de.integrationsnetz.directory.offer.OfferContent;
import de.integrationsnetz.directory.offer.OfferFlags;
import de.integrationsnetz.directory.offer.OfferManagement;
import de.integrationsnetz.directory.offer.OfferStatus;
import de.integrationsnetz.directory.offer.ScheduleData;
import de.integrationsnetz.directory.offer.SiteData;
import de.integrationsnetz.directory.organisation.ContactDetails;
import de.integrationsnetz.directory.organisation.OrganisationManagement;
import de.integrationsnetz.directory.schedule.Attendance;
import de.integrationsnetz.directory.schedule.ScheduleKind;
import de.integrationsnetz.directory.taxonomy.TaxonomyCatalog;
import de.integrationsnetz.directory.translation.TranslatedField;
import de.integrationsnetz.directory.translation.TranslationStatus;
import de.integrationsnetz.identity.CurrentUser;
import de.integrationsnetz.identity.account.AccountRepository;
import de.integrationsnetz.shared.DistrictKey;
import de.integrationsnetz.support.IntegrationTest;
import jakarta.persistence.EntityManager;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.AutowireCapableBeanFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * HSDS round trip through the import pipeline (docs/directory.md §3.6): an organisation in Mittelsachsen with three
 * draft offers that use everything the export carries (sites at three locations, one a further site; opening hours
 * and recurring dates at sites, service-wide recurring and single dates; translations into several languages,
 * current, machine-made and outdated; course; categories, target groups and a feature; spoken languages; service area
 * and whole district; contact persons with and without publication consent) is exported as the district's HSDS
 * bundle and as the tabular package. The offers, the further site's location and the non-consenting contact person
 * are deleted; the export is uploaded, validated and committed as an import job; the new export equals the old one
 * in every field but the times of the import ({@code last_modified}, {@code assured_date}).
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ImportHsdsRoundTripTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final DistrictKey MITTELSACHSEN = DistrictKey.of("14522");

    @Autowired AutowireCapableBeanFactory beans;
    @Autowired HsdsExport export;
    @Autowired OfferManagement offers;
    @Autowired OrganisationManagement organisations;
    @Autowired LocationManagement locations;
    @Autowired TaxonomyCatalog catalog;
    @Autowired OfferImports imports;
    @Autowired ImportRunner runner;
    @Autowired JdbcTemplate jdbc;
    @Autowired TransactionTemplate transactions;
    @Autowired EntityManager entityManager;
    @Autowired AccountRepository accounts;
    @Autowired PasswordEncoder passwords;
    @Autowired UserDetailsService userDetails;

    HsdsFixtures fixtures;
    CurrentUser coordinator;
    OrganisationId organisation;
    UUID furtherLocation;
    UUID withheld;
    List<UUID> offerIds = new ArrayList<>();

    @BeforeAll
    void createOffers() {
        fixtures = beans.createBean(HsdsFixtures.class);
        coordinator = fixtures.coordinator();
        String name = OfferFixtures.unique("HSDS Import Rundreise");
        organisation = fixtures.offers().organisation(name + " e. V.");
        LocationView treffpunkt = locations.locationsOf(organisation, coordinator).get(0);
        UUID stadtteil = locations.add(organisation, coordinator, new LocationDetails(LocationType.PHYSICAL,
                "Stadtteiltreff Wasserturm", "Hinterhaus, 1. Stock", new Address("Petersstraße 12", null, "09599",
                        "Freiberg"), null, "https://example.org/treff", "Bus 1 bis Wasserturm", "Rampe am Eingang",
                true), new Coordinates(50.9187, 13.3402)).value();
        // sorts after Freiberg (sites are ordered by city), so it is the first offer's further site
        furtherLocation = locations.add(organisation, coordinator, new LocationDetails(LocationType.PHYSICAL,
                "Bibliothek Mittweida", "Lesesaal", new Address("Rochlitzer Straße 8", null, "09648", "Mittweida"),
                null, null, "Zug bis Mittweida", null, false), new Coordinates(50.9856, 12.9811)).value();
        UUID consenting = organisations.addContact(organisation, coordinator, new ContactDetails("Erika Beispiel",
                "Migrationsberaterin", "Beratung", "03731 123456", "erika.beispiel@example.org", true));
        withheld = organisations.addContact(organisation, coordinator, new ContactDetails("Hans Verborgen",
                "Leitung", null, "03731 654321", "hans.verborgen@example.org", false));
        LocalDate start = LocalDate.now().plusDays(7);

        OfferId course = OfferId.of(UUID.randomUUID());
        UUID atTreffpunkt = site(course, treffpunkt.id().value());
        UUID atBibliothek = site(course, furtherLocation);
        offers.register(course, organisation, new OfferContent(name + " Kurs", "Ein Integrationskurs mit "
                        + "Kinderbetreuung.", null, "Für Zugewanderte ab 16 Jahren", "Anmeldung per Telefon",
                "In den Ferien geschlossen", "https://example.org/kurs", "kurs@example.org", "03731 555000",
                "https://example.org/online", new OfferFlags(true, true, false, true, false, false, true, false), false,
                16, 99, start.minusDays(7), start.plusYears(1),
                new CourseDetails(CourseLevel.B1, start, start.plusMonths(6), 20, 5, start.minusDays(1)),
                List.of(term(TaxonomyCatalog.CATEGORIES, "spracherwerb.integrationskurs"),
                        term(TaxonomyCatalog.TARGET_GROUPS, "gefluechtete"),
                        term(TaxonomyCatalog.TARGET_GROUPS, "frauen"),
                        term(TaxonomyCatalog.FEATURES, "kinderbetreuung")),
                List.of("de", "ar", "uk", "fa"), List.of(OfferFixtures.FREIBERG.value()),
                List.of(new SiteData(treffpunkt.id().value(), "Raum 3", null, null, null, null, null),
                        new SiteData(furtherLocation, "Lesesaal", null, null, null, null, null)),
                List.of(consenting, withheld), List.of(
                        new ScheduleData(UUID.randomUUID(), atTreffpunkt, ScheduleKind.OPENING_HOURS,
                                "FREQ=WEEKLY;BYDAY=TU,TH", start, LocalTime.of(10, 0), LocalTime.of(12, 0), null, null,
                                Attendance.IN_PERSON, "Im Erdgeschoss"),
                        new ScheduleData(UUID.randomUUID(), atBibliothek, ScheduleKind.RECURRING,
                                "FREQ=WEEKLY;INTERVAL=2;BYDAY=SA", start, LocalTime.of(9, 30), LocalTime.of(11, 0),
                                start, start.plusMonths(6), Attendance.IN_PERSON, null),
                        new ScheduleData(UUID.randomUUID(), null, ScheduleKind.RECURRING, "FREQ=MONTHLY;BYDAY=1WE",
                                start, LocalTime.of(17, 0), LocalTime.of(19, 0), start, start.plusYears(1),
                                Attendance.ONLINE, null),
                        new ScheduleData(UUID.randomUUID(), null, ScheduleKind.SINGLE_DATE, null, start.plusDays(3),
                                LocalTime.of(9, 0), LocalTime.of(15, 0), null, null, Attendance.IN_PERSON,
                                "Infotag"))),
                OfferStatus.DRAFT, false, Instant.now());
        offers.translate(course, coordinator, TranslatedField.NAME, ContentLanguage.EN, name + " course", false);
        offers.translate(course, coordinator, TranslatedField.NAME, ContentLanguage.UK, name + " курс", false);
        offers.translate(course, coordinator, TranslatedField.DESCRIPTION, ContentLanguage.AR, "دورة اندماج", true);
        offers.translate(course, coordinator, TranslatedField.ELIGIBILITY, ContentLanguage.TR,
                "16 yaşından itibaren göçmenler için", false);
        OfferContent current = transactions.execute(status -> entityManager.find(Offer.class, course.value())
                .content());
        long version = transactions.execute(status -> entityManager.find(Offer.class, course.value()).version());
        offers.edit(course, coordinator, version, eligibility(current, "Für Zugewanderte ab 18 Jahren"));

        OfferId meeting = OfferId.of(UUID.randomUUID());
        offers.register(meeting, organisation, new OfferContent(name + " Treff", "Offener Treff für Familien.",
                        "2 Euro für Getränke", null, null, null, null, null, null, null,
                        new OfferFlags(false, false, false, true, true, true, false, false), false, null, null, null,
                        null, CourseDetails.NONE, List.of(term(TaxonomyCatalog.TARGET_GROUPS, "familien")),
                        List.of("de", "ru"), List.of(), List.of(new SiteData(stadtteil, null, null, null, null, null,
                                null)), List.of(consenting), List.of(
                        new ScheduleData(UUID.randomUUID(), site(meeting, stadtteil), ScheduleKind.RECURRING,
                                "FREQ=WEEKLY;BYDAY=MO", start, LocalTime.of(15, 0), LocalTime.of(17, 0), null, null,
                                Attendance.IN_PERSON, "Mit Kaffee"))),
                OfferStatus.DRAFT, false, Instant.now());
        offers.translate(meeting, coordinator, TranslatedField.NAME, ContentLanguage.RU, name + " встреча", false);
        offers.translate(meeting, coordinator, TranslatedField.FEES, ContentLanguage.EN, "2 euros for drinks", true);

        OfferId hotline = OfferId.of(UUID.randomUUID());
        offers.register(hotline, organisation, new OfferContent(name + " Telefon", "Beratung am Telefon.", null,
                        null, null, null, null, null, "03731 999999", null,
                        new OfferFlags(true, false, true, false, false, false, false, true), true, null, null, null,
                        null, CourseDetails.NONE, List.of(term(TaxonomyCatalog.CATEGORIES,
                                "spracherwerb.integrationskurs")), List.of("de"), List.of(), List.of(), List.of(),
                        List.of(new ScheduleData(UUID.randomUUID(), null, ScheduleKind.SINGLE_DATE, null,
                                start.plusDays(10), LocalTime.of(14, 0), LocalTime.of(16, 0), null, null,
                                Attendance.PHONE, null))),
                OfferStatus.DRAFT, false, Instant.now());
        offers.translate(hotline, coordinator, TranslatedField.DESCRIPTION, ContentLanguage.EN, "Advice by phone",
                false);
        offerIds = List.of(course.value(), meeting.value(), hotline.value());
    }

    @Test
    void theImportedBundleExportsAsTheSameData() {
        JsonNode before = ours(export.bundle(MITTELSACHSEN));
        assertThat(before.path("services").size()).isEqualTo(3);
        assertThat(before.toString()).contains("\"status\":\"outdated\"", "\"machine\":true",
                "\"service_at_location_id\"", "\"x_course\"", "\"x_publish_consent\":false",
                "In den Ferien geschlossen");
        deleteOffersAndTheFurtherSitesParts();

        ImportJob job = importAndCommit("hsds.json", JSON.writeValueAsBytes(before));
        assertThat(job.createdOffers()).isEqualTo(3);
        assertThat(job.createdOrganisations()).isZero();

        JsonNode after = ours(export.bundle(MITTELSACHSEN));
        assertThat(normalized(after.path("services"))).isEqualTo(normalized(before.path("services")));
        assertThat(normalized(after.path("organizations"))).isEqualTo(normalized(before.path("organizations")));
        transactions.executeWithoutResult(status -> {
            Offer course = entityManager.find(Offer.class, offerIds.get(0));
            assertThat(course.importJobId()).contains(job.id());
            assertThat(course.sites()).hasSize(2);
            assertThat(course.schedules()).hasSize(4);
            assertThat(course.translations()).hasSize(4)
                    .filteredOn(translation -> translation.status() == TranslationStatus.OUTDATED).hasSize(1);
            assertThat(course.contacts()).hasSize(2);
        });
    }

    @Test
    void theImportedTabularPackageExportsAsTheSameData() {
        JsonNode before = ours(export.bundle(MITTELSACHSEN));
        assertThat(before.toString()).contains("\"status\":\"outdated\"", "In den Ferien geschlossen");
        ByteArrayOutputStream zip = new ByteArrayOutputStream();
        export.tabular(MITTELSACHSEN, zip);
        deleteOffersAndTheFurtherSitesParts();

        // the district's whole package: every other offer is already there (reported per line), so keep ours only
        ImportJob job = importAndCommit("hsds.zip", onlyOurs(zip.toByteArray()));
        assertThat(job.createdOffers()).isEqualTo(3);

        JsonNode after = ours(export.bundle(MITTELSACHSEN));
        assertThat(normalized(after.path("services"))).isEqualTo(normalized(before.path("services")));
        assertThat(normalized(after.path("organizations"))).isEqualTo(normalized(before.path("organizations")));
    }

    @Test
    void anExportImportedForAnotherOrganisationCarriesTheSameContent() {
        JsonNode before = ours(export.bundle(MITTELSACHSEN));
        ObjectNode copy = (ObjectNode) before.deepCopy();
        String branch = OfferFixtures.unique("Zweigstelle Nord");
        ((ObjectNode) copy.path("organizations").path(0)).put("name", branch);
        Map<UUID, UUID> copies = new java.util.LinkedHashMap<>();
        for (JsonNode service : copy.path("services").values()) {
            UUID fresh = UUID.randomUUID();
            copies.put(UUID.fromString(service.path("id").asString()), fresh);
            ((ObjectNode) service).put("id", fresh.toString());
        }

        UUID id = imports.upload(coordinator, "copy.json", JSON.writeValueAsBytes(copy));
        ImportJob uploaded = imports.get(id, coordinator);
        assertThat(imports.map(id, coordinator, uploaded.mapping(), OfferStatus.DRAFT, true)).isEmpty();
        ImportJob validated = new ImportFixtures(accounts, passwords, userDetails, organisations, locations,
                transactions, imports).awaitFinished(id, coordinator);
        assertThat(validated.status()).isEqualTo(ImportStatus.VALIDATED);
        assertThat(imports.problems(id, coordinator, 0, 100))
                .noneSatisfy(problem -> assertThat(problem.code()).isEqualTo("hsds-not-carried"));
        assertThat(runner.commit(id)).isEqualTo(ImportStatus.COMMITTED);

        transactions.executeWithoutResult(status -> copies.forEach((original, imported) -> {
            Offer source = entityManager.find(Offer.class, original);
            Offer target = entityManager.find(Offer.class, imported);
            assertThat(target.organisation()).isNotEqualTo(source.organisation());
            assertThat(target.providerName()).isEqualTo(branch);
            assertThat(withoutIds(target.content())).isEqualTo(withoutIds(source.content()));
            assertThat(sites(target)).isEqualTo(sites(source));
            assertThat(schedules(target)).isEqualTo(schedules(source));
            assertThat(translations(target)).isEqualTo(translations(source));
            assertThat(contacts(target)).isEqualTo(contacts(source));
            assertThat(target.hsdsExtra()).isEqualTo(source.hsdsExtra());
        }));
    }

    // ---------------------------------------------------------------- helpers

    private ImportJob importAndCommit(String fileName, byte[] file) {
        UUID id = imports.upload(coordinator, fileName, file);
        ImportJob uploaded = imports.get(id, coordinator);
        assertThat(uploaded.kind()).isEqualTo(FileKind.HSDS);
        assertThat(imports.map(id, coordinator, uploaded.mapping(), OfferStatus.DRAFT, true)).isEmpty();
        ImportJob validated = new ImportFixtures(accounts, passwords, userDetails, organisations, locations,
                transactions, imports).awaitFinished(id, coordinator);
        // nothing the export writes is lost: no error and no warning
        assertThat(imports.problems(id, coordinator, 0, 100)).isEmpty();
        assertThat(validated.status()).isEqualTo(ImportStatus.VALIDATED);
        assertThat(runner.commit(id)).isEqualTo(ImportStatus.COMMITTED);
        return imports.get(id, coordinator);
    }

    /** The offers go, and so do the further site's location and the contact person the public does not see. */
    private void deleteOffersAndTheFurtherSitesParts() {
        for (UUID offer : offerIds) {
            jdbc.update("delete from directory.offers where id = ?", offer);
        }
        jdbc.update("delete from directory.locations where id = ?", furtherLocation);
        jdbc.update("delete from directory.contact_persons where id = ?", withheld);
        assertThat(jdbc.queryForObject("select count(*) from directory.offers where organisation_id = ?",
                Integer.class, organisation.value())).isZero();
    }

    /** The bundle with our organisation and its services only. */
    private ObjectNode ours(JsonNode bundle) {
        ObjectNode result = JsonNodeFactory.instance.objectNode();
        result.put("version", bundle.path("version").asString());
        ArrayNode organisationsNode = result.putArray("organizations");
        bundle.path("organizations").values().stream()
                .filter(node -> node.path("id").asString().equals(organisation.value().toString()))
                .forEach(organisationsNode::add);
        ArrayNode services = result.putArray("services");
        bundle.path("services").values().stream()
                .filter(node -> node.path("organization_id").asString().equals(organisation.value().toString()))
                .forEach(services::add);
        return result;
    }

    /**
     * The tabular package with our organisation's services only (the district's other offers exist and would be
     * reported as taken ids), re-zipped; the other tables stay whole, rows nobody refers to are left alone.
     */
    private byte[] onlyOurs(byte[] zip) {
        String org = organisation.value().toString();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip));
                ZipOutputStream target = new ZipOutputStream(out)) {
            ZipEntry entry;
            while ((entry = in.getNextEntry()) != null) {
                byte[] content = in.readAllBytes();
                if (entry.getName().equals("services.csv")) {
                    content = servicesOf(new String(content, StandardCharsets.UTF_8), org)
                            .getBytes(StandardCharsets.UTF_8);
                }
                target.putNextEntry(new ZipEntry(entry.getName()));
                target.write(content);
                target.closeEntry();
            }
        } catch (IOException broken) {
            throw new UncheckedIOException(broken);
        }
        return out.toByteArray();
    }

    private static String servicesOf(String csv, String organisation) throws IOException {
        try (CSVParser parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(csv))) {
            StringBuilder kept = new StringBuilder();
            CSVPrinter printer = new CSVPrinter(kept, CSVFormat.RFC4180.builder()
                    .setHeader(parser.getHeaderNames().toArray(String[]::new)).get());
            for (CSVRecord row : parser) {
                if (organisation.equals(row.get("organization_id"))) {
                    printer.printRecord(row.values());
                }
            }
            printer.flush();
            return kept.toString();
        }
    }

    /** Without the times of the import, every array of objects sorted by id (or by its text). */
    private static JsonNode normalized(JsonNode node) {
        if (node.isObject()) {
            TreeMap<String, JsonNode> fields = new TreeMap<>();
            for (Map.Entry<String, JsonNode> field : node.properties()) {
                if (!List.of("last_modified", "assured_date").contains(field.getKey())) {
                    fields.put(field.getKey(), normalized(field.getValue()));
                }
            }
            ObjectNode copy = JsonNodeFactory.instance.objectNode();
            fields.forEach(copy::set);
            return copy;
        }
        if (node.isArray()) {
            List<JsonNode> items = new ArrayList<>();
            node.values().forEach(item -> items.add(normalized(item)));
            items.sort(Comparator.comparing((JsonNode item) -> item.path("id").asString(""))
                    .thenComparing(JsonNode::toString));
            ArrayNode copy = JsonNodeFactory.instance.arrayNode();
            items.forEach(copy::add);
            return copy;
        }
        return node;
    }

    /** The content without what refers to other rows by id (sites, contact persons, schedules). */
    private static OfferContent withoutIds(OfferContent content) {
        return new OfferContent(content.name(), content.description(), content.feesNote(), content.eligibilityNote(),
                content.applicationNote(), content.alert(), content.url(), content.email(), content.phone(),
                content.onlineUrl(), content.flags(), content.wholeDistrict(), content.minAge(), content.maxAge(),
                content.validFrom(), content.validUntil(), content.course(), content.classifications(),
                content.languages(), content.serviceAreas(), List.of(), List.of(), List.of());
    }

    private java.util.Set<String> sites(Offer offer) {
        return offer.sites().stream().map(site -> {
            de.integrationsnetz.directory.location.Location location = entityManager.find(
                    de.integrationsnetz.directory.location.Location.class, site.location().value());
            return String.join("|", location.name(), String.valueOf(location.description()),
                    location.address().singleLine(), String.valueOf(location.coordinates().orElse(null)),
                    String.valueOf(location.transportation()), String.valueOf(location.accessibility()),
                    String.valueOf(location.barrierFree()), String.valueOf(location.url()),
                    String.valueOf(site.description()));
        }).collect(Collectors.toSet());
    }

    private java.util.Set<String> schedules(Offer offer) {
        Map<UUID, String> siteNames = new java.util.HashMap<>();
        offer.sites().forEach(site -> siteNames.put(site.id(), entityManager.find(
                de.integrationsnetz.directory.location.Location.class, site.location().value()).name()));
        return offer.schedules().stream().map(schedule -> String.join("|", schedule.kind().name(),
                String.valueOf(ScheduleData.of(schedule).rrule()), schedule.start().toString(),
                String.valueOf(schedule.opensAt().orElse(null)), String.valueOf(schedule.closesAt().orElse(null)),
                String.valueOf(schedule.validFrom().orElse(null)), String.valueOf(schedule.validUntil().orElse(null)),
                schedule.attending().name(), String.valueOf(schedule.note().orElse(null)),
                String.valueOf(schedule.siteId().map(siteNames::get).orElse(null)))).collect(Collectors.toSet());
    }

    private static java.util.Set<String> translations(Offer offer) {
        return offer.translations().stream().map(translation -> String.join("|", translation.field().name(),
                translation.language().code(), translation.text(), translation.status().name(),
                String.valueOf(translation.machine()))).collect(Collectors.toSet());
    }

    private java.util.Set<String> contacts(Offer offer) {
        de.integrationsnetz.directory.organisation.Organisation owner = entityManager.find(
                de.integrationsnetz.directory.organisation.Organisation.class, offer.organisation().value());
        return offer.contacts().stream().map(contact -> owner.contact(contact).orElseThrow())
                .map(person -> String.join("|", person.name(), String.valueOf(person.functionTitle()),
                        String.valueOf(person.department()), String.valueOf(person.phone()),
                        String.valueOf(person.email()), String.valueOf(person.publishConsent())))
                .collect(Collectors.toSet());
    }

    private Classification term(String taxonomy, String code) {
        return fixtures.classification(taxonomy, code);
    }

    private static UUID site(OfferId offer, UUID location) {
        return UUID.nameUUIDFromBytes(("integrationsnetz:offer-site:" + offer.value() + ":" + location)
                .getBytes(StandardCharsets.UTF_8));
    }

    private static OfferContent eligibility(OfferContent content, String text) {
        return new OfferContent(content.name(), content.description(), content.feesNote(), text,
                content.applicationNote(), content.alert(), content.url(), content.email(), content.phone(),
                content.onlineUrl(), content.flags(), content.wholeDistrict(), content.minAge(), content.maxAge(),
                content.validFrom(), content.validUntil(), content.course(), content.classifications(),
                content.languages(), content.serviceAreas(), content.sites(), content.contacts(), content.schedules());
    }
}
