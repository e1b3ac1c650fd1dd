package de.integrationsnetz.directory.hsds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import com.networknt.schema.Schema;
import de.integrationsnetz.directory.OfferFixtures;
import de.integrationsnetz.directory.demo.DirectoryDemoIds;
import de.integrationsnetz.identity.demo.DemoAccounts;
import de.integrationsnetz.support.IntegrationTest;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.AutowireCapableBeanFactory;
import org.springframework.core.io.ClassPathResource;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code /app/directory/exports/hsds.zip} and {@code hsds.json}: the zip opens, {@code datapackage.json} lists every
 * CSV with exactly its header, the headers are the HSDS schemas' scalar properties (then our x_ columns), required
 * columns are filled, foreign keys resolve, every row validates against its HSDS schema once typed, and the export
 * covers only the user's district, every status and every contact person (with x_publish_consent).
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HsdsTabularPackageTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    MockMvc mvc;

    @Autowired
    AutowireCapableBeanFactory beans;

    @Autowired
    UserDetailsService userDetails;

    HsdsFixtures.Rich rich;
    Map<String, byte[]> files;

    @BeforeAll
    void export() throws Exception {
        rich = beans.createBean(HsdsFixtures.class).rich(OfferFixtures.unique("HSDS Tabelle"));
        MockHttpServletResponse response = mvc.perform(get("/app/directory/exports/hsds.zip")
                .with(user(userDetails.loadUserByUsername(DemoAccounts.COORDINATOR)))).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getContentType()).isEqualTo("application/zip");
        assertThat(response.getHeader("Content-Disposition")).contains("attachment", "hsds-14522.zip");
        files = unzip(response.getContentAsByteArray());
    }

    @Test
    void theDatapackageListsEveryCsvWithItsHeader() throws Exception {
        JsonNode descriptor = JSON.readTree(files.get("datapackage.json"));
        assertThat(descriptor.path("profile").asString()).isEqualTo("tabular-data-package");
        Set<String> csvFiles = files.keySet().stream().filter(name -> name.endsWith(".csv")).collect(Collectors.toSet());
        assertThat(csvFiles).contains("services.csv", "organizations.csv", "locations.csv", "service_at_location.csv",
                "schedules.csv", "contacts.csv", "phones.csv", "attributes.csv", "taxonomy_terms.csv",
                "x_translations.csv");
        List<String> listed = descriptor.path("resources").values().stream().map(r -> r.path("path").asString()).toList();
        assertThat(listed).containsExactlyInAnyOrderElementsOf(csvFiles);
        for (JsonNode resource : descriptor.path("resources").values()) {
            assertThat(resource.path("profile").asString()).isEqualTo("tabular-data-resource");
            assertThat(resource.path("mediatype").asString()).isEqualTo("text/csv");
            List<String> fields = resource.path("schema").path("fields").values().stream()
                    .map(field -> field.path("name").asString()).toList();
            byte[] csv = files.get(resource.path("path").asString());
            assertThat(csv).startsWith(fields.get(0).getBytes(StandardCharsets.UTF_8)); // UTF-8 without BOM
            assertThat(header(csv)).as(resource.path("name").asString()).isEqualTo(fields);
        }
    }

    @Test
    void theHeadersAreTheScalarPropertiesOfTheHsdsSchemas() throws Exception {
        for (HsdsTables.Table table : HsdsTables.TABLES) {
            if (table == HsdsTables.TRANSLATIONS) {
                continue;
            }
            JsonNode schema = JSON.readTree(new ClassPathResource("hsds-3.0/schema/" + table.schema() + ".json")
                    .getInputStream());
            assertThat(schema.path("path").asString()).isEqualTo(table.path());
            List<String> expected = new ArrayList<>();
            List<String> required = new ArrayList<>();
            schema.path("required").values().forEach(name -> required.add(name.asString()));
            schema.path("tabular_required").values().forEach(name -> required.add(name.asString()));
            schema.path("properties").properties().forEach(property -> {
                String type = property.getValue().path("type").asString("");
                if (!type.isEmpty() && !type.equals("array") && !type.equals("object")) {
                    expected.add(property.getKey());
                }
            });
            List<String> header = header(files.get(table.path()));
            assertThat(header.stream().filter(name -> !name.startsWith("x_")).toList()).as(table.name())
                    .isEqualTo(expected);
            assertThat(table.columns().stream().filter(HsdsTables.Column::required).map(HsdsTables.Column::name).toList())
                    .as(table.name()).containsExactlyInAnyOrderElementsOf(required.stream().distinct().toList());
        }
    }

    @Test
    void everyRowValidatesAgainstItsSchemaAndRequiredColumnsAreFilled() throws Exception {
        List<String> errors = new ArrayList<>();
        int rows = 0;
        for (HsdsTables.Table table : HsdsTables.TABLES) {
            if (table == HsdsTables.TRANSLATIONS) {
                continue;
            }
            Schema schema = HsdsSchemas.official(table.schema() + ".json");
            for (Map<String, String> row : rows(table.path())) {
                rows++;
                for (HsdsTables.Column column : table.columns()) {
                    if (column.required() && row.getOrDefault(column.name(), "").isEmpty()) {
                        errors.add(table.name() + " " + row.get("id") + ": " + column.name() + " is empty");
                    }
                }
                errors.addAll(HsdsSchemas.errors(schema, typed(table, row)).stream()
                        .map(error -> table.name() + " " + error).toList());
            }
        }
        assertThat(rows).isGreaterThan(200);
        assertThat(errors).isEmpty();
    }

    @Test
    void foreignKeysResolve() throws Exception {
        JsonNode descriptor = JSON.readTree(files.get("datapackage.json"));
        Map<String, Set<String>> ids = new TreeMap<>();
        for (HsdsTables.Table table : HsdsTables.TABLES) {
            ids.put(table.name(), rows(table.path()).stream().map(row -> row.get("id")).collect(Collectors.toSet()));
        }
        List<String> dangling = new ArrayList<>();
        int checked = 0;
        for (JsonNode resource : descriptor.path("resources").values()) {
            for (JsonNode key : resource.path("schema").path("foreignKeys").values()) {
                String column = key.path("fields").asString();
                String target = key.path("reference").path("resource").asString();
                for (Map<String, String> row : rows(resource.path("path").asString())) {
                    String value = row.getOrDefault(column, "");
                    if (!value.isEmpty()) {
                        checked++;
                        if (!ids.get(target).contains(value)) {
                            dangling.add(resource.path("name").asString() + "." + column + "=" + value);
                        }
                    }
                }
            }
        }
        assertThat(checked).isGreaterThan(100);
        assertThat(dangling).isEmpty();
    }

    @Test
    void theExportHoldsTheDistrictWithEveryStatusAndEveryContactPerson() throws Exception {
        List<Map<String, String>> services = rows("services.csv");
        assertThat(services).extracting(row -> row.get("x_district_ars")).containsOnly("14522");
        assertThat(services).extracting(row -> row.get("id")).contains(rich.offer().value().toString(),
                DirectoryDemoIds.MS_DRAFT_OFFER.value().toString()).doesNotContain(DirectoryDemoIds.SOE_OFFER.value().toString());
        Map<String, String> own = services.stream().filter(row -> row.get("id").equals(rich.offer().value().toString()))
                .findFirst().orElseThrow();
        assertThat(own).containsEntry("x_course_level", "B1").containsEntry("x_publication_status", "PUBLISHED")
                .containsEntry("status", "active").containsEntry("organization_id", rich.organisation().value().toString());
        Map<String, String> contacts = rows("contacts.csv").stream()
                .collect(Collectors.toMap(row -> row.get("id"), row -> row.get("x_publish_consent")));
        assertThat(contacts).containsEntry(rich.consenting().toString(), "true")
                .containsEntry(rich.withheld().toString(), "false");
        assertThat(rows("schedules.csv")).filteredOn(row -> rich.offer().value().toString().equals(row.get("service_id"))
                || rich.site().toString().equals(row.get("service_at_location_id"))).hasSize(3)
                .allSatisfy(row -> assertThat(row.get("x_tzid")).isEqualTo("Europe/Berlin"));
        assertThat(rows("x_translations.csv")).filteredOn(row -> row.get("resource_id").equals(rich.offer().value().toString()))
                .extracting(row -> row.get("language") + ":" + row.get("field"))
                .containsExactlyInAnyOrder("en:name", "ar:description");
    }

    @Test
    void theJsonBundleIsScopedToTheUsersDistrict() throws Exception {
        JsonNode own = bundle(DemoAccounts.COORDINATOR);
        JsonNode other = bundle(DemoAccounts.OTHER_COUNTY_ADMIN);
        assertThat(own.path("version").asString()).isEqualTo("3.0");
        assertThat(own.path("x_district_ars").asString()).isEqualTo("14522");
        assertThat(other.path("x_district_ars").asString()).isEqualTo("14628");
        assertThat(ids(own.path("services"))).contains(DirectoryDemoIds.MS_DEMO_OFFER.value().toString())
                .doesNotContain(DirectoryDemoIds.SOE_OFFER.value().toString());
        assertThat(ids(other.path("services"))).contains(DirectoryDemoIds.SOE_OFFER.value().toString())
                .doesNotContain(DirectoryDemoIds.MS_DEMO_OFFER.value().toString(), rich.offer().value().toString());
        assertThat(ids(other.path("organizations"))).doesNotContain(rich.organisation().value().toString());
        assertThat(own.path("taxonomies")).hasSize(4);
    }

    // ---------------------------------------------------------------- helpers

    private JsonNode bundle(String account) throws Exception {
        MockHttpServletResponse response = mvc.perform(get("/app/directory/exports/hsds.json")
                .with(user(userDetails.loadUserByUsername(account)))).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        return JSON.readTree(response.getContentAsByteArray());
    }

    private static List<String> ids(JsonNode array) {
        return array.values().stream().map(node -> node.path("id").asString()).toList();
    }

    /** A CSV row as the JSON object its schema describes: numbers and booleans typed, empty cells left out. */
    private static ObjectNode typed(HsdsTables.Table table, Map<String, String> row) {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        for (HsdsTables.Column column : table.columns()) {
            String value = row.getOrDefault(column.name(), "");
            if (value.isEmpty() || column.name().startsWith("x_")) {
                continue;
            }
            switch (column.type()) {
                case "number", "integer" -> node.put(column.name(), new java.math.BigDecimal(value));
                case "boolean" -> node.put(column.name(), Boolean.parseBoolean(value));
                default -> node.put(column.name(), value);
            }
        }
        return node;
    }

    private List<Map<String, String>> rows(String path) throws IOException {
        List<Map<String, String>> rows = new ArrayList<>();
        try (CSVParser parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(new String(files.get(path), StandardCharsets.UTF_8)))) {
            for (CSVRecord record : parser) {
                rows.add(new LinkedHashMap<>(record.toMap()));
            }
        }
        return rows;
    }

    private static List<String> header(byte[] csv) throws IOException {
        try (CSVParser parser = CSVFormat.RFC4180.parse(new StringReader(new String(csv, StandardCharsets.UTF_8)))) {
            return parser.iterator().next().toList();
        }
    }

    private static Map<String, byte[]> unzip(byte[] zip) throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                entries.put(entry.getName(), in.readAllBytes());
            }
        }
        return entries;
    }
}
