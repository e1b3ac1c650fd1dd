package de.integrationsnetz.directory.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import de.integrationsnetz.directory.location.LocationManagement;
import de.integrationsnetz.directory.offer.OfferStatus;
import de.integrationsnetz.directory.organisation.OrganisationManagement;
import de.integrationsnetz.identity.CurrentUser;
import de.integrationsnetz.identity.account.AccountRepository;
import de.integrationsnetz.support.IntegrationTest;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * HSDS 3.0 files go through the same import job as spreadsheets: the official examples (src/test/resources/hsds-3.0)
 * uploaded on the import page as JSON and as a tabular zip, reported row by row (a US address is no place in the
 * district), and, with a Saxon address, committed. Bautzen (14625).
 */
@IntegrationTest
class ImportHsdsTests {

    private static final Path EXAMPLES = Path.of("src/test/resources/hsds-3.0/examples");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired OfferImports imports;
    @Autowired ImportRunner runner;
    @Autowired MockMvc mvc;
    @Autowired JdbcTemplate jdbc;
    @Autowired AccountRepository accounts;
    @Autowired PasswordEncoder passwords;
    @Autowired UserDetailsService userDetails;
    @Autowired OrganisationManagement organisations;
    @Autowired LocationManagement locations;
    @Autowired TransactionTemplate transactions;

    ImportFixtures fixtures;
    CurrentUser coordinator;

    @BeforeEach
    void setUp() {
        fixtures = new ImportFixtures(accounts, passwords, userDetails, organisations, locations, transactions,
                imports);
        coordinator = fixtures.coordinator();
    }

    @Test
    void theOfficialServiceExampleUploadedOnThePageIsReportedRowByRow() throws Exception {
        byte[] example = Files.readAllBytes(EXAMPLES.resolve("service_full.json"));
        String location = mvc.perform(multipart("/app/directory/imports")
                        .file(new MockMultipartFile("file", "service_full.json", "application/json", example))
                        .with(user(coordinator)).with(csrf()))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        UUID id = UUID.fromString(location.substring(location.lastIndexOf('/') + 1));
        ImportJob job = imports.get(id, coordinator);
        assertThat(job.kind()).isEqualTo(FileKind.HSDS);
        assertThat(job.totalRows()).isEqualTo(1);

        ImportJob validated = mapAndValidate(id);
        assertThat(validated.status()).isEqualTo(ImportStatus.INVALID);
        // "ABC 1234" is no German postal code (the mapping drops it): the place of line 2 lacks its postal code.
        // The example's phone number is written with quotes inside the string ("\"+44 1234 234567\"").
        assertThat(imports.problems(id, coordinator, 0, 100).stream().filter(problem -> !problem.warning()))
                .extracting(ImportProblem::line, ImportProblem::field, ImportProblem::code)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple(2, "postal_code", "required"),
                        org.assertj.core.groups.Tuple.tuple(2, "phone", "invalid-phone"));
    }

    @Test
    void theOfficialServiceExampleWithASaxonAddressIsCommitted() throws Exception {
        ObjectNode service = (ObjectNode) JSON.readTree(EXAMPLES.resolve("service_full.json").toFile());
        UUID offerId = UUID.randomUUID();
        service.put("id", offerId.toString());
        String organisation = ImportFixtures.unique("Example Organization");
        ((ObjectNode) service.path("organization")).put("name", organisation);
        ObjectNode address = (ObjectNode) service.path("service_at_locations").path(0).path("location")
                .path("addresses").path(0);
        address.put("address_1", "Wendischer Graben 3").put("postal_code", "02625").put("city", "Bautzen")
                .put("country", "DE");
        ((ObjectNode) service.path("phones").path(0)).put("number", "+44 1234 234567");

        UUID id = imports.upload(coordinator, "service.json", JSON.writeValueAsBytes(service));
        ImportJob validated = mapAndValidate(id);
        assertThat(validated.status()).isEqualTo(ImportStatus.VALIDATED);
        // what the model cannot carry is reported as warnings on the service's line, with the field and the reason
        List<ImportProblem> warnings = imports.problems(id, coordinator, 0, 100);
        assertThat(warnings).isNotEmpty().allSatisfy(problem -> assertThat(problem.warning()).isTrue());
        assertThat(warnings).filteredOn(problem -> problem.code().equals("hsds-not-carried"))
                .extracting(ImportProblem::line, ImportProblem::field)
                .contains(org.assertj.core.groups.Tuple.tuple(2, "categories"),
                        org.assertj.core.groups.Tuple.tuple(2, "schedules"),
                        org.assertj.core.groups.Tuple.tuple(2, "sites"),
                        org.assertj.core.groups.Tuple.tuple(2, "municipalities_served"));
        assertThat(warnings).extracting(ImportProblem::value).anySatisfy(value -> assertThat(value)
                .contains("numeric timezone")).anySatisfy(value -> assertThat(value).contains("byweekno dropped"));
        assertThat(runner.commit(id)).isEqualTo(ImportStatus.COMMITTED);
        ImportJob done = imports.get(id, coordinator);
        assertThat(done.createdOffers()).isEqualTo(1);
        assertThat(done.createdOrganisations()).isEqualTo(1);
        assertThat(jdbc.queryForObject("select name from directory.offers where id = ? and import_job_id = ?",
                String.class, offerId, id)).isEqualTo(service.path("name").asString());
        assertThat(jdbc.queryForObject("select district_key from directory.organisations where name = ?",
                String.class, organisation)).isEqualTo("14625");
        // beyond the table: the service's and its site's schedules, its contact person, the kept HSDS fields
        assertThat(jdbc.queryForObject("select count(*) from directory.offer_schedules where offer_id = ?",
                Integer.class, offerId)).isEqualTo(schedulesIn(service));
        assertThat(jdbc.queryForObject("select count(*) from directory.offer_schedules where offer_id = ? and "
                + "site_id is not null", Integer.class, offerId)).isPositive();
        assertThat(jdbc.queryForList("select c.name from directory.offer_contacts oc join directory.contact_persons c "
                + "on c.id = oc.contact_person_id where oc.offer_id = ?", String.class, offerId))
                .containsExactly(service.path("contacts").path(0).path("name").asString());
        assertThat(jdbc.queryForObject("select hsds_extra ->> 'alternate_name' from directory.offers where id = ?",
                String.class, offerId)).isEqualTo("MyCity Counselling Services");
    }

    @Test
    void theOfficialTabularExampleWithASaxonAddressIsCommittedWithItsWarnings() throws Exception {
        UUID offerId = UUID.randomUUID();
        String organisation = ImportFixtures.unique("Example Organization");
        ByteArrayOutputStream zip = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(zip); Stream<Path> files = Files.list(EXAMPLES.resolve("csv"))) {
            for (Path file : files.sorted().toList()) {
                String text = Files.readString(file).replace("ac148810-d857-441c-9679-408f346de14b",
                        offerId.toString()).replace("Example Organization Inc.", organisation)
                        .replace("1-30 Main Street,MyVillage,MyCity,MyRegion,MyState,ABC 1234,US",
                                "Wendischer Graben 3,,Bautzen,Bautzen,Sachsen,02625,DE")
                        .replace("\"\"\"+44 1234 234567\"\"\"", "+44 1234 234567");
                out.putNextEntry(new ZipEntry(file.getFileName().toString()));
                out.write(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
                out.closeEntry();
            }
        }
        UUID id = imports.upload(coordinator, "hsds.zip", zip.toByteArray());
        ImportJob validated = mapAndValidate(id);
        assertThat(imports.problems(id, coordinator, 0, 100)).filteredOn(problem -> !problem.warning()).isEmpty();
        assertThat(validated.status()).isEqualTo(ImportStatus.VALIDATED);
        assertThat(imports.problems(id, coordinator, 0, 100)).filteredOn(problem -> problem.warning()
                        && problem.code().equals("hsds-not-carried")).extracting(ImportProblem::line)
                .isNotEmpty().containsOnly(2);
        assertThat(runner.commit(id)).isEqualTo(ImportStatus.COMMITTED);
        assertThat(jdbc.queryForObject("select count(*) from directory.offer_schedules where offer_id = ?",
                Integer.class, offerId)).isPositive();
        assertThat(jdbc.queryForObject("select count(*) from directory.offer_contacts where offer_id = ?",
                Integer.class, offerId)).isPositive();
        assertThat(jdbc.queryForObject("select name from directory.locations l join directory.offer_sites s on "
                + "s.location_id = l.id where s.offer_id = ?", String.class, offerId)).isEqualTo("MyCity Civic Center");
    }

    @Test
    void aMalformedScheduleIsReportedWithItsLineAndNothingIsWritten() throws Exception {
        ObjectNode good = saxon((ObjectNode) JSON.readTree(EXAMPLES.resolve("service_full.json").toFile()));
        ObjectNode broken = saxon(good.deepCopy());
        broken.put("name", "Kaputter Termin");
        ((ObjectNode) broken.path("schedules").path(0)).put("x_rrule", "FREQ=SECONDLY;INTERVAL=1");
        UUID id = imports.upload(coordinator, "two.json", JSON.writeValueAsBytes(JSON.createArrayNode()
                .add(good).add(broken)));

        ImportJob validated = mapAndValidate(id);
        assertThat(validated.status()).isEqualTo(ImportStatus.INVALID);
        assertThat(imports.problems(id, coordinator, 0, 100).stream().filter(problem -> !problem.warning()))
                .singleElement().satisfies(problem -> {
                    assertThat(problem.line()).isEqualTo(3);
                    assertThat(problem.field()).isEqualTo("schedules");
                    assertThat(problem.code()).isEqualTo("invalid-schedule");
                    assertThat(problem.value()).contains(broken.path("schedules").path(0).path("id").asString());
                });
        // the report page names the field and the reason in the user's language
        String report = mvc.perform(get("/app/directory/imports/" + id + "/errors").with(user(coordinator)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(
                        java.nio.charset.StandardCharsets.UTF_8);
        assertThat(report).contains("Termine und Öffnungszeiten", "Termin nicht lesbar oder ungültig",
                "wird nicht übernommen").doesNotContain("??");
        assertThat(jdbc.queryForObject("select count(*) from directory.offers where id in (?, ?)", Integer.class,
                UUID.fromString(good.path("id").asString()), UUID.fromString(broken.path("id").asString()))).isZero();
        assertThat(jdbc.queryForObject("select count(*) from directory.organisations where name = ?", Integer.class,
                good.path("organization").path("name").asString())).isZero();
    }

    /** The official example with a fresh id, a fresh organisation name and an address in Bautzen. */
    private static ObjectNode saxon(ObjectNode service) {
        service.put("id", UUID.randomUUID().toString());
        ((ObjectNode) service.path("organization")).put("name", ImportFixtures.unique("Example Organization"));
        ((ObjectNode) service.path("service_at_locations").path(0).path("location").path("addresses").path(0))
                .put("address_1", "Wendischer Graben 3").put("postal_code", "02625").put("city", "Bautzen")
                .put("country", "DE");
        ((ObjectNode) service.path("phones").path(0)).put("number", "+44 1234 234567");
        return service;
    }

    private static int schedulesIn(ObjectNode service) {
        int count = service.path("schedules").size();
        for (var site : service.path("service_at_locations").values()) {
            count += site.path("schedules").size();
        }
        return count;
    }

    @Test
    void theOfficialTabularExampleIsReadFromAZip() throws Exception {
        ByteArrayOutputStream zip = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(zip); Stream<Path> files = Files.list(EXAMPLES.resolve("csv"))) {
            for (Path file : files.sorted().toList()) {
                out.putNextEntry(new ZipEntry(file.getFileName().toString()));
                out.write(Files.readAllBytes(file));
                out.closeEntry();
            }
        }
        UUID id = imports.upload(coordinator, "hsds.zip", zip.toByteArray());
        ImportJob job = imports.get(id, coordinator);
        assertThat(job.kind()).isEqualTo(FileKind.HSDS);
        assertThat(job.totalRows()).isEqualTo(servicesIn(EXAMPLES.resolve("csv/services.csv")));
        assertThat(imports.preview(id, coordinator, null).rows()).isNotEmpty()
                .allSatisfy(row -> assertThat(row.cell(3)).isNotBlank()); // the offer's name
    }

    private ImportJob mapAndValidate(UUID id) {
        ImportJob job = imports.get(id, coordinator);
        assertThat(imports.map(id, coordinator, job.mapping(), OfferStatus.DRAFT, true)).isEmpty();
        return fixtures.awaitFinished(id, coordinator);
    }

    private static int servicesIn(Path csv) throws IOException {
        List<String> lines = Files.readAllLines(csv).stream().filter(line -> !line.isBlank()).toList();
        return lines.size() - 1;
    }
}
