package de.integrationsnetz.directory.hsds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.asyncDispatch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.request;

import de.integrationsnetz.directory.OfferFixtures;
import de.integrationsnetz.directory.OfferId;
import de.integrationsnetz.directory.OrganisationId;
import de.integrationsnetz.directory.taxonomy.TaxonomyCatalog;
import de.integrationsnetz.support.IntegrationTest;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.AutowireCapableBeanFactory;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code /hsds/**}: the HSDS API's Page object, every query parameter of {@code /hsds/services},
 * {@code /hsds/organizations} and {@code /hsds/taxonomy_terms}, ndjson streams, CORS, problem details for bad input
 * and unknown ids, and what must never show: unpublished offers and contact persons who did not agree to be
 * published. Each test filters by its own organisation so that other data does not interfere.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HsdsApiTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    MockMvc mvc;

    @Autowired
    AutowireCapableBeanFactory beans;

    @Autowired
    TaxonomyCatalog catalog;

    HsdsFixtures fixtures;
    HsdsFixtures.Rich rich;
    /** An organisation with three published online offers (Alpha, Beta, Gamma + word) and one draft. */
    OrganisationId trio;
    List<OfferId> trioOffers;
    OfferId draft;
    String word;

    @BeforeAll
    void data() {
        fixtures = beans.createBean(HsdsFixtures.class);
        rich = fixtures.rich(OfferFixtures.unique("HSDS Schnittstelle"));
        OfferFixtures offers = fixtures.offers();
        trio = offers.organisation(OfferFixtures.unique("HSDS Trio"));
        word = "Zqx" + UUID.randomUUID().toString().substring(0, 6).replaceAll("[^a-z]", "q");
        trioOffers = List.of(offers.published(trio, "Alpha Treff"), offers.published(trio, "Beta Treff"),
                offers.published(trio, "Gamma " + word));
        draft = offers.draft(trio, "Delta Entwurf", fixtures.coordinator());
    }

    @Test
    void theRootNamesVersionProfileAndOpenapi() throws Exception {
        JsonNode root = json("/hsds/");
        assertThat(root.path("version").asString()).isEqualTo("3.0");
        assertThat(root.path("profile").asString()).endsWith("/hsds/profile");
        assertThat(root.path("openapi_url").asString()).endsWith("/hsds/openapi.json");
        assertThat(json("/hsds").path("version").asString()).isEqualTo("3.0");
        assertThat(mvc.perform(get("/hsds/openapi.json")).andReturn().getResponse().getContentAsString())
                .contains("\"openapi\"", "CC BY-SA 4.0");
    }

    @Test
    void servicesComeInPagesWithThePageObject() throws Exception {
        JsonNode first = json("/hsds/services?organization_id=" + trio.value() + "&per_page=2");
        assertThat(first.path("total_items").asLong()).isEqualTo(3);
        assertThat(first.path("total_pages").asInt()).isEqualTo(2);
        assertThat(first.path("page_number").asInt()).isEqualTo(1);
        assertThat(first.path("size").asInt()).isEqualTo(2);
        assertThat(first.path("first_page").asBoolean()).isTrue();
        assertThat(first.path("last_page").asBoolean()).isFalse();
        assertThat(first.path("empty").asBoolean()).isFalse();
        assertThat(names(first)).containsExactly("Alpha Treff", "Beta Treff");

        JsonNode second = json("/hsds/services?organization_id=" + trio.value() + "&per_page=2&page=2");
        assertThat(second.path("size").asInt()).isEqualTo(1);
        assertThat(second.path("first_page").asBoolean()).isFalse();
        assertThat(second.path("last_page").asBoolean()).isTrue();
        assertThat(names(second)).containsExactly("Gamma " + word);

        JsonNode none = json("/hsds/services?organization_id=" + UUID.randomUUID());
        assertThat(none.path("total_items").asLong()).isZero();
        assertThat(none.path("empty").asBoolean()).isTrue();
        assertThat(none.path("contents")).isEmpty();
    }

    @Test
    void perPageDefaultsToFiftyAndBadPagingIsRefused() throws Exception {
        JsonNode all = json("/hsds/services");
        assertThat(all.path("size").asInt()).isLessThanOrEqualTo(50);
        assertThat(all.path("total_pages").asInt()).isEqualTo((int) Math.max(1, (all.path("total_items").asLong() + 49) / 50));
        assertThat(json("/hsds/services?per_page=500").path("size").asInt()).isLessThanOrEqualTo(500);
        for (String bad : List.of("per_page=501", "per_page=0", "page=0", "page=zwei", "format=xml", "full=ja",
                "minimal=vielleicht")) {
            assertProblem("/hsds/services?" + bad, 400);
        }
    }

    @Test
    void searchFindsServicesByTheirWords() throws Exception {
        assertThat(names(json("/hsds/services?search=" + word))).containsExactly("Gamma " + word);
        assertThat(names(json("/hsds/services?search=" + word + "&organization_id=" + rich.organisation().value())))
                .isEmpty();
    }

    @Test
    void taxonomyTermIdFindsTheTermItsSubTermsAndFeatureFlags() throws Exception {
        String own = "&organization_id=" + rich.organisation().value();
        UUID integrationCourse = rich.category().termId();
        UUID languageLearning = term(TaxonomyCatalog.CATEGORIES, "spracherwerb");
        UUID counselling = term(TaxonomyCatalog.CATEGORIES, "beratung");
        UUID free = term(TaxonomyCatalog.FEATURES, "kostenlos");
        UUID byPhone = term(TaxonomyCatalog.FEATURES, "telefonisch");
        assertThat(ids(json("/hsds/services?taxonomy_term_id=" + integrationCourse + own))).containsExactly(rich.offer().value().toString());
        assertThat(ids(json("/hsds/services?taxonomy_term_id=" + languageLearning + own))).hasSize(1);
        assertThat(ids(json("/hsds/services?taxonomy_term_id=" + counselling + own))).isEmpty();
        assertThat(ids(json("/hsds/services?taxonomy_term_id=" + free + own))).hasSize(1);
        assertThat(ids(json("/hsds/services?taxonomy_term_id=" + byPhone + own))).isEmpty();
        assertThat(ids(json("/hsds/services?taxonomy_term_id=" + UUID.randomUUID() + own))).isEmpty();
        assertProblem("/hsds/services?taxonomy_term_id=kein-uuid", 400);
    }

    @Test
    void taxonomyIdFindsServicesWithAnyTermOfTheTaxonomy() throws Exception {
        UUID targetGroups = UUID.fromString(json("/hsds/taxonomy_terms/" + term(TaxonomyCatalog.TARGET_GROUPS, "gefluechtete"))
                .path("taxonomy_id").asString());
        assertThat(ids(json("/hsds/services?taxonomy_id=" + targetGroups + "&organization_id=" + rich.organisation().value())))
                .hasSize(1);
        assertThat(ids(json("/hsds/services?taxonomy_id=" + targetGroups + "&organization_id=" + trio.value()))).isEmpty();
        assertProblem("/hsds/services?taxonomy_id=123", 400);
    }

    @Test
    void organizationIdAndDistrictNarrowTheServices() throws Exception {
        assertThat(ids(json("/hsds/services?organization_id=" + trio.value()))).hasSize(3);
        assertThat(ids(json("/hsds/services?organization_id=" + trio.value() + "&district=14522"))).hasSize(3);
        assertThat(ids(json("/hsds/services?organization_id=" + trio.value() + "&district=14628"))).isEmpty();
        assertThat(json("/hsds/services?district=14628&per_page=500").path("contents").values())
                .allSatisfy(service -> assertThat(service.path("x_district_ars").asString()).isEqualTo("14628"));
        assertProblem("/hsds/services?district=1452", 400);
        assertProblem("/hsds/services?district=09162", 400);
    }

    @Test
    void modifiedAfterKeepsServicesChangedSince() throws Exception {
        String own = "organization_id=" + trio.value();
        assertThat(ids(json("/hsds/services?" + own + "&modified_after=" + LocalDate.now().minusDays(1)))).hasSize(3);
        assertThat(ids(json("/hsds/services?" + own + "&modified_after=" + LocalDate.now().plusDays(1)))).isEmpty();
        assertThat(ids(json("/hsds/services?" + own + "&modified_after=2020-01-01T00:00:00Z"))).hasSize(3);
        assertThat(mvc.perform(get("/hsds/services").param("organization_id", trio.value().toString())
                .param("modified_after", "2999-01-01T00:00:00+01:00")).andReturn().getResponse().getContentAsString())
                .contains("\"total_items\":0");
        assertProblem("/hsds/services?modified_after=gestern", 400);
    }

    @Test
    void minimalAndFullChangeTheShape() throws Exception {
        String own = "/hsds/services?organization_id=" + rich.organisation().value();
        JsonNode minimal = json(own + "&minimal=true").path("contents").get(0);
        assertThat(minimal.propertyNames()).containsExactlyInAnyOrder("id", "modified_date");
        JsonNode summary = json(own).path("contents").get(0);
        assertThat(summary.has("name")).isTrue();
        assertThat(summary.has("phones")).isFalse();
        assertThat(summary.has("organization")).isFalse();
        JsonNode full = json(own + "&full=true").path("contents").get(0);
        assertThat(full.path("organization").path("id").asString()).isEqualTo(rich.organisation().value().toString());
        assertThat(full.path("service_at_locations")).hasSize(2);
        assertThat(full.path("phones").get(0).path("number").asString()).isEqualTo("03731 555000");
        assertThat(full.path("languages").values()).extracting(language -> language.path("code").asString())
                .containsExactly("ar", "de", "uk");
        assertThat(full.path("service_areas").get(0).path("extent").asString()).isEqualTo("14522180");
        assertThat(full.path("cost_options").get(0).path("option").asString()).isEqualTo("kostenlos");
        assertThat(full.path("x_course").path("level").asString()).isEqualTo("B1");
        assertThat(full.path("attributes").values()).extracting(attribute -> attribute.path("link_type").asString())
                .contains("category", "target_group", "feature");
    }

    @Test
    void translationsTravelInTheProfileExtension() throws Exception {
        JsonNode service = json("/hsds/services/" + rich.offer().value());
        assertThat(service.path("name").asString()).isEqualTo(rich.name());
        JsonNode translations = service.path("x_translations");
        assertThat(translations.path("en").path("name").path("text").asString()).isEqualTo(rich.name() + " (English)");
        assertThat(translations.path("en").path("name").path("machine").asBoolean()).isFalse();
        assertThat(translations.path("ar").path("description").path("machine").asBoolean()).isTrue();
        assertThat(translations.has("uk")).isFalse();
    }

    @Test
    void ndjsonStreamsEveryMatchWithoutPaging() throws Exception {
        MockHttpServletResponse response = async("/hsds/services?format=ndjson&per_page=1&organization_id=" + trio.value());
        assertThat(response.getContentType()).startsWith("application/x-ndjson");
        List<String> lines = response.getContentAsString(StandardCharsets.UTF_8).lines().toList();
        assertThat(lines).hasSize(3);
        assertThat(lines).allSatisfy(line -> assertThat(JSON.readTree(line).path("status").asString()).isEqualTo("active"));

        List<String> organizations = async("/hsds/organizations?format=ndjson&search=" + "HSDS Trio")
                .getContentAsString(StandardCharsets.UTF_8).lines().toList();
        assertThat(organizations).isNotEmpty().allSatisfy(line -> assertThat(JSON.readTree(line).path("name").asString())
                .startsWith("HSDS Trio"));
        List<String> terms = async("/hsds/taxonomy_terms?format=ndjson&top_only=true")
                .getContentAsString(StandardCharsets.UTF_8).lines().toList();
        assertThat(terms).allSatisfy(line -> assertThat(JSON.readTree(line).has("parent_id")).isFalse());
        assertThat(async("/hsds/taxonomies?format=ndjson").getContentAsString().lines()).hasSize(4);
    }

    @Test
    void unpublishedOffersAreInvisible() throws Exception {
        assertProblem("/hsds/services/" + draft.value(), 404);
        assertThat(names(json("/hsds/services?organization_id=" + trio.value() + "&per_page=500")))
                .doesNotContain("Delta Entwurf");
        assertThat(json("/hsds/organizations/" + trio.value() + "?full_service=true").path("services").values())
                .extracting(service -> service.path("id").asString())
                .containsExactlyInAnyOrderElementsOf(trioOffers.stream().map(id -> id.value().toString()).toList());
        OrganisationId onlyDrafts = fixtures.offers().organisation(OfferFixtures.unique("HSDS Nur Entwurf"));
        fixtures.offers().draft(onlyDrafts, "Noch nicht öffentlich", fixtures.coordinator());
        assertProblem("/hsds/organizations/" + onlyDrafts.value(), 404);
        assertThat(json("/hsds/organizations?search=HSDS Nur Entwurf").path("total_items").asLong()).isZero();
    }

    @Test
    void contactPersonsWithoutConsentAreInvisible() throws Exception {
        for (String path : List.of("/hsds/services/" + rich.offer().value(),
                "/hsds/organizations/" + rich.organisation().value() + "?full_service=true",
                "/hsds/services?full=true&organization_id=" + rich.organisation().value(),
                "/hsds/organizations?full=true&search=" + rich.name())) {
            String body = mvc.perform(get(path)).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
            assertThat(body).as(path).contains(rich.consenting().toString(), "Erika Beispiel")
                    .doesNotContain(rich.withheld().toString(), "Hans Verborgen", "hans.verborgen@example.org",
                            "654321", "x_publish_consent");
        }
    }

    @Test
    void serviceAtLocationsListEverySiteAndTheOnlineAddressOfPublishedOffers() throws Exception {
        JsonNode rich = json("/hsds/service_at_locations?organization_id=" + this.rich.organisation().value());
        assertThat(rich.path("total_items").asLong()).isEqualTo(2);
        JsonNode site = rich.path("contents").get(0);
        assertThat(site.path("id").asString()).isEqualTo(this.rich.site().toString());
        assertThat(site.path("service_id").asString()).isEqualTo(this.rich.offer().value().toString());
        assertThat(site.path("location_id").asString()).isEqualTo(this.rich.location().toString());
        assertThat(site.path("description").asString()).isEqualTo("Raum 3");
        assertThat(site.path("service").path("name").asString()).isEqualTo(this.rich.name());
        assertThat(site.path("location").path("location_type").asString()).isEqualTo("physical");
        assertThat(site.path("location").has("addresses")).as("one-to-one fields only in the list").isFalse();
        JsonNode online = rich.path("contents").get(1);
        assertThat(online.path("id").asString()).isEqualTo(HsdsIds.onlineSite(this.rich.offer().value()).toString());
        assertThat(online.path("location").path("location_type").asString()).isEqualTo("virtual");

        JsonNode second = json("/hsds/service_at_locations?per_page=1&page=2&organization_id="
                + this.rich.organisation().value());
        assertThat(ids(second)).containsExactly(online.path("id").asString());
        assertThat(second.path("total_pages").asInt()).isEqualTo(2);
        assertThat(async("/hsds/service_at_locations?format=ndjson&organization_id=" + this.rich.organisation().value())
                .getContentAsString(StandardCharsets.UTF_8).lines()).hasSize(2);
        assertThat(json("/hsds/service_at_locations?organization_id=" + this.trio.value()).path("total_items").asLong())
                .as("offers marked online without an address have no place").isZero();
    }

    @Test
    void postcodeKeepsWhatCoversItAndProximityKeepsSitesNearIt() throws Exception {
        String own = "&organization_id=" + rich.organisation().value();
        assertThat(ids(json("/hsds/service_at_locations?postcode=09599" + own))).as("the offer serves Freiberg")
                .hasSize(2);
        assertThat(ids(json("/hsds/service_at_locations?postcode=09599&proximity=20000" + own)))
                .as("online addresses have no place").containsExactly(rich.site().toString());
        assertThat(ids(json("/hsds/service_at_locations?postcode=04109" + own))).as("Leipzig is not served").isEmpty();
        for (String bad : List.of("proximity=1000", "postcode=00000", "postcode=09599&proximity=weit",
                "postcode=09599&proximity=-5", "full=ja")) {
            assertProblem("/hsds/service_at_locations?" + bad, 400);
        }
    }

    @Test
    void aSingleServiceAtLocationIsCompleteAndOnlyPublished() throws Exception {
        JsonNode site = json("/hsds/service_at_locations/" + rich.site());
        assertThat(site.path("schedules").values()).extracting(node -> node.path("byday").asString())
                .containsExactly("TU,TH");
        assertThat(site.path("location").path("addresses").get(0).path("postal_code").asString()).isEqualTo("09599");
        assertThat(site.path("service").path("name").asString()).isEqualTo(rich.name());
        assertThat(site.path("service").has("service_at_locations")).isFalse();
        assertThat(site.path("service").path("organization").path("id").asString())
                .isEqualTo(rich.organisation().value().toString());

        JsonNode online = json("/hsds/service_at_locations/" + HsdsIds.onlineSite(rich.offer().value()));
        assertThat(online.path("location").path("url").asString()).isEqualTo("https://example.org/online");

        assertProblem("/hsds/service_at_locations/" + HsdsIds.onlineSite(draft.value()), 404);
        assertProblem("/hsds/service_at_locations/" + UUID.randomUUID(), 404);
        assertProblem("/hsds/service_at_locations/kein-uuid", 400);
    }

    @Test
    void organizationsHaveSearchFullAndPaging() throws Exception {
        JsonNode found = json("/hsds/organizations?search=" + rich.name() + "&per_page=1");
        assertThat(found.path("total_items").asLong()).isEqualTo(1);
        JsonNode organization = found.path("contents").get(0);
        assertThat(organization.path("id").asString()).isEqualTo(rich.organisation().value().toString());
        assertThat(organization.has("locations")).isFalse();
        JsonNode full = json("/hsds/organizations?full=true&search=" + rich.name()).path("contents").get(0);
        assertThat(full.path("locations")).hasSize(1);
        assertThat(full.has("services")).isFalse();
        JsonNode withServices = json("/hsds/organizations?full_service=true&search=" + rich.name()).path("contents").get(0);
        assertThat(withServices.path("services")).hasSize(1);
        assertThat(json("/hsds/organizations/" + rich.organisation().value()).has("services")).isFalse();
        assertProblem("/hsds/organizations?per_page=1000", 400);
    }

    @Test
    void taxonomyTermsFilterByTaxonomyParentAndTopLevel() throws Exception {
        UUID languageLearning = term(TaxonomyCatalog.CATEGORIES, "spracherwerb");
        JsonNode children = json("/hsds/taxonomy_terms?per_page=500&parent_id=" + languageLearning);
        assertThat(children.path("contents").values()).isNotEmpty()
                .allSatisfy(term -> assertThat(term.path("code").asString()).startsWith("spracherwerb."));
        String categories = json("/hsds/taxonomy_terms/" + languageLearning).path("taxonomy_id").asString();
        JsonNode top = json("/hsds/taxonomy_terms?per_page=500&top_only=true&taxonomy_id=" + categories);
        assertThat(top.path("contents").values()).isNotEmpty().allSatisfy(term -> {
            assertThat(term.has("parent_id")).isFalse();
            assertThat(term.path("taxonomy_id").asString()).isEqualTo(categories);
        });
        assertThat(json("/hsds/taxonomy_terms?search=Integrationskurs").path("contents").values())
                .extracting(term -> term.path("code").asString()).contains("spracherwerb.integrationskurs");
        assertThat(json("/hsds/taxonomy_terms/" + languageLearning).path("x_labels").path("uk").asString()).isNotBlank();
        assertThat(json("/hsds/taxonomies?search=Zielgruppen").path("total_items").asLong()).isEqualTo(1);
    }

    @Test
    void unknownIdsAnswer404AndMalformedOnes400AsProblemDetails() throws Exception {
        for (String kind : List.of("services", "organizations", "taxonomies", "taxonomy_terms")) {
            assertProblem("/hsds/" + kind + "/" + UUID.randomUUID(), 404);
            assertProblem("/hsds/" + kind + "/nicht-vorhanden", 400);
        }
    }

    @Test
    void anyOriginMayReadTheApi() throws Exception {
        MockHttpServletResponse response = mvc.perform(get("/hsds/services").header("Origin", "https://example.org"))
                .andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getHeader("Access-Control-Allow-Origin")).isEqualTo("*");
        MockHttpServletResponse preflight = mvc.perform(
                org.springframework.test.web.servlet.request.MockMvcRequestBuilders.options("/hsds/services")
                        .header("Origin", "https://example.org").header("Access-Control-Request-Method", "GET"))
                .andReturn().getResponse();
        assertThat(preflight.getHeader("Access-Control-Allow-Origin")).isEqualTo("*");
        assertThat(preflight.getHeader("Access-Control-Allow-Methods")).contains("GET").doesNotContain("POST");
    }

    @Test
    void theProfilePageListsTheExtensions() throws Exception {
        String page = mvc.perform(get("/hsds/profile")).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("<h1", "x_translations", "x_rrule", "/hsds/profile/service.json",
                "CC BY-SA 4.0");
        String schema = mvc.perform(get("/hsds/profile/service.json")).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(JSON.readTree(schema).path("properties").has("x_translations")).isTrue();
    }

    // ---------------------------------------------------------------- helpers

    private UUID term(String taxonomy, String code) {
        return catalog.term(taxonomy, code).orElseThrow().id().value();
    }

    private JsonNode json(String path) throws Exception {
        MockHttpServletResponse response = mvc.perform(get(path)).andReturn().getResponse();
        assertThat(response.getStatus()).as(path + " → " + response.getContentAsString()).isEqualTo(200);
        return JSON.readTree(response.getContentAsString(StandardCharsets.UTF_8));
    }

    private MockHttpServletResponse async(String path) throws Exception {
        MvcResult started = mvc.perform(get(path)).andExpect(request().asyncStarted()).andReturn();
        return mvc.perform(asyncDispatch(started)).andReturn().getResponse();
    }

    private void assertProblem(String path, int status) throws Exception {
        MockHttpServletResponse response = mvc.perform(get(path)).andReturn().getResponse();
        assertThat(response.getStatus()).as(path).isEqualTo(status);
        assertThat(response.getContentType()).as(path).startsWith("application/problem+json");
        assertThat(JSON.readTree(response.getContentAsString()).path("detail").asString()).as(path).isNotBlank();
    }

    private static List<String> names(JsonNode page) {
        return page.path("contents").values().stream().map(node -> node.path("name").asString()).toList();
    }

    private static List<String> ids(JsonNode page) {
        return page.path("contents").values().stream().map(node -> node.path("id").asString()).toList();
    }
}
