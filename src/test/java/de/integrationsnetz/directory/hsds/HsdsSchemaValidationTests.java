package de.integrationsnetz.directory.hsds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import com.networknt.schema.Schema;
import de.integrationsnetz.directory.OfferFixtures;
import de.integrationsnetz.directory.demo.DirectoryDemoIds;
import de.integrationsnetz.shared.DistrictKey;
import de.integrationsnetz.support.IntegrationTest;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.AutowireCapableBeanFactory;
import org.springframework.core.io.ClassPathResource;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Everything our HSDS API returns, and the items of the district export, validates against the official HSDS 3.0
 * schemas (JSON Schema 2020-12, formats asserted) and against our profile schemas (docs/directory.md §3.6). Works on
 * the demo data plus one offer that uses every part HSDS carries.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HsdsSchemaValidationTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    MockMvc mvc;

    @Autowired
    AutowireCapableBeanFactory beans;

    @Autowired
    HsdsExport export;

    HsdsFixtures.Rich rich;

    @BeforeAll
    void richOffer() {
        rich = beans.createBean(HsdsFixtures.class).rich(OfferFixtures.unique("HSDS Validierung"));
    }

    @Test
    void theValidatorRejectsWhatTheSchemaForbids() throws Exception {
        JsonNode example = JSON.readTree(new ClassPathResource("hsds-3.0/examples/service_full.json").getInputStream());
        assertThat(HsdsSchemas.errors(HsdsSchemas.official("compiled/service.json"), example)).isEmpty();
        ObjectNode broken = ((ObjectNode) example.deepCopy()).put("status", "open").put("id", "not-a-uuid");
        broken.remove("name");
        assertThat(HsdsSchemas.errors(HsdsSchemas.official("compiled/service.json"), broken)).hasSizeGreaterThanOrEqualTo(3);
        ObjectNode badExtension = ((ObjectNode) example.deepCopy()).put("x_district_ars", "1452");
        assertThat(HsdsSchemas.errors(HsdsSchemas.profile("service.json"), badExtension)).isNotEmpty();
    }

    @Test
    void everyFullServiceOfTheApiValidates() throws Exception {
        List<JsonNode> services = allPages("/hsds/services?full=true&per_page=200");
        assertThat(services).extracting(node -> node.path("id").asString()).contains(rich.offer().value().toString(),
                DirectoryDemoIds.MS_DEMO_OFFER.value().toString(), DirectoryDemoIds.SOE_OFFER.value().toString());
        assertValid(services, HsdsSchemas.official("compiled/service.json"), HsdsSchemas.profile("service.json"));
    }

    @Test
    void everyServiceOfTheListValidatesAsAListItem() throws Exception {
        assertValid(allPages("/hsds/services?per_page=500"), HsdsSchemas.official("compiled/service_list.json"),
                HsdsSchemas.profile("service.json"));
    }

    @Test
    void singleServicesValidate() throws Exception {
        for (String id : List.of(rich.offer().value().toString(), DirectoryDemoIds.MS_DEMO_OFFER.value().toString(),
                DirectoryDemoIds.SOE_OFFER.value().toString())) {
            JsonNode service = read("/hsds/services/" + id);
            assertThat(service.path("organization").path("id").asString()).isNotEmpty();
            assertValid(List.of(service), HsdsSchemas.official("compiled/service.json"),
                    HsdsSchemas.profile("service.json"));
        }
        JsonNode full = read("/hsds/services/" + rich.offer().value());
        assertThat(full.path("schedules")).hasSize(2);
        assertThat(full.path("service_at_locations")).hasSize(2);
        assertThat(full.path("x_translations").path("en").path("name").path("status").asString()).isEqualTo("current");
    }

    @Test
    void everyOrganizationOfTheApiValidates() throws Exception {
        Schema compiled = HsdsSchemas.official("compiled/organization.json");
        Schema profile = HsdsSchemas.profile("organization.json");
        List<JsonNode> organizations = allPages("/hsds/organizations?full_service=true&per_page=100");
        assertThat(organizations).extracting(node -> node.path("id").asString())
                .contains(rich.organisation().value().toString());
        assertValid(organizations, compiled, profile);
        assertValid(allPages("/hsds/organizations?full=true&per_page=100"), compiled, profile);
        assertValid(allPages("/hsds/organizations?per_page=500"), HsdsSchemas.official("compiled/organization_list.json"),
                profile);
        assertValid(List.of(read("/hsds/organizations/" + rich.organisation().value() + "?full_service=true"),
                read("/hsds/organizations/" + DirectoryDemoIds.MS_DEMO_ORGANISATION.value())), compiled, profile);
    }

    @Test
    void taxonomiesAndTermsValidate() throws Exception {
        List<JsonNode> taxonomies = allPages("/hsds/taxonomies");
        assertThat(taxonomies).hasSize(4);
        assertValid(taxonomies, HsdsSchemas.official("taxonomy.json"));
        List<JsonNode> terms = allPages("/hsds/taxonomy_terms?per_page=500");
        assertThat(terms).hasSizeGreaterThanOrEqualTo(85);
        assertValid(terms, HsdsSchemas.official("taxonomy_term.json"), HsdsSchemas.profile("taxonomy_term.json"));
        assertValid(List.of(read("/hsds/taxonomies/" + taxonomies.get(0).path("id").asString())),
                HsdsSchemas.official("taxonomy.json"));
        assertValid(List.of(read("/hsds/taxonomy_terms/" + terms.get(0).path("id").asString())),
                HsdsSchemas.official("taxonomy_term.json"));
    }

    @Test
    void everyServiceAtLocationValidatesAsAListItemAndComplete() throws Exception {
        List<JsonNode> list = allPages("/hsds/service_at_locations?per_page=500");
        assertThat(list).extracting(node -> node.path("id").asString()).contains(rich.site().toString());
        assertValid(list, HsdsSchemas.official("compiled/service_at_location_list.json"));
        List<JsonNode> complete = allPages("/hsds/service_at_locations?full=true&per_page=100&district=14522");
        assertValid(complete, HsdsSchemas.official("compiled/service_at_location.json"));
        assertValid(List.of(read("/hsds/service_at_locations/" + rich.site())),
                HsdsSchemas.official("compiled/service_at_location.json"));
    }

    @Test
    void theItemsOfTheDistrictExportValidate() {
        JsonNode bundle = export.bundle(DistrictKey.of("14522"));
        List<JsonNode> services = new ArrayList<>(bundle.path("services").values());
        List<JsonNode> organizations = new ArrayList<>(bundle.path("organizations").values());
        assertThat(services).extracting(node -> node.path("x_publication_status").asString())
                .contains("PUBLISHED", "DRAFT", "IN_REVIEW");
        assertValid(services, HsdsSchemas.official("service.json"), HsdsSchemas.profile("service.json"));
        assertValid(organizations, HsdsSchemas.official("organization.json"), HsdsSchemas.profile("organization.json"));
        assertValid(new ArrayList<>(bundle.path("taxonomy_terms").values()), HsdsSchemas.official("taxonomy_term.json"));
    }

    private void assertValid(List<JsonNode> nodes, Schema... schemas) {
        assertThat(nodes).isNotEmpty();
        List<String> errors = new ArrayList<>();
        for (JsonNode node : nodes) {
            for (Schema schema : schemas) {
                errors.addAll(HsdsSchemas.errors(schema, node));
            }
        }
        assertThat(errors).isEmpty();
    }

    private List<JsonNode> allPages(String path) throws Exception {
        List<JsonNode> all = new ArrayList<>();
        int page = 1;
        while (true) {
            JsonNode result = read(path + (path.contains("?") ? "&" : "?") + "page=" + page);
            result.path("contents").values().forEach(all::add);
            if (result.path("last_page").asBoolean() || page > 50) {
                return all;
            }
            page++;
        }
    }

    private JsonNode read(String path) throws Exception {
        String body = mvc.perform(get(path)).andReturn().getResponse().getContentAsString(
                java.nio.charset.StandardCharsets.UTF_8);
        return JSON.readTree(body);
    }
}
