package de.integrationsnetz.directory.web;

import static de.integrationsnetz.directory.search.SearchFixtures.DRESDEN;
import static de.integrationsnetz.directory.search.SearchFixtures.MEISSEN;
import static de.integrationsnetz.directory.search.SearchFixtures.offer;
import static org.hamcrest.Matchers.closeTo;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import de.integrationsnetz.directory.ContentLanguage;
import de.integrationsnetz.directory.OfferId;
import de.integrationsnetz.directory.organisation.OrganisationManagement;
import de.integrationsnetz.directory.organisation.OrganisationRef;
import de.integrationsnetz.directory.search.SearchFixtures;
import de.integrationsnetz.directory.taxonomy.TaxonomyCatalog;
import de.integrationsnetz.directory.translation.TranslatedField;
import de.integrationsnetz.shared.DistrictKey;
import de.integrationsnetz.support.IntegrationTest;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * {@code GET /api/v1/offers} and {@code /api/v1/offers/map}: public, published data only, the finder's parameters,
 * texts in the requested language with German fallback, paging within limits, and 400 problem details for anything
 * it cannot understand. Own offers in Meißen (14627).
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OfferSearchApiTests {

    static final String API = "/api/v1/offers";
    static final String MEISSEN_DISTRICT = "district=14627";

    @Autowired
    MockMvc mvc;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    EntityManager entityManager;

    @Autowired
    OrganisationManagement organisations;

    @Autowired
    TaxonomyCatalog taxonomy;

    OfferId sewing;
    OfferId counselling;
    OfferId twoSites;

    @BeforeAll
    void createOffers() {
        SearchFixtures fixtures = new SearchFixtures(transactions, entityManager, organisations, taxonomy);
        OrganisationRef owner = fixtures.organisation(DistrictKey.of("14627"), "API-Test Meißen e. V.");
        sewing = fixtures.published(owner, offer("Nähcafé Meißen", "Gemeinsam nähen und reden.")
                .categories("soziokultur.begegnung").free().at(fixtures.site(owner, MEISSEN))
                .translated(TranslatedField.NAME, ContentLanguage.EN, "Sewing café Meissen")
                .translated(TranslatedField.DESCRIPTION, ContentLanguage.EN, "Sewing and talking together."));
        counselling = fixtures.published(owner, offer("Beratung Meißen", "Beratung für Zugewanderte.")
                .categories("beratung.mbe").at(fixtures.site(owner, MEISSEN)));
        twoSites = fixtures.published(owner, offer("Sprechzeiten Meißen und Dresden", "An zwei Orten.")
                .categories("beratung").at(fixtures.site(owner, MEISSEN)).at(fixtures.site(owner, DRESDEN)));
        fixtures.draft(owner, offer("Entwurf Meißen", "Nicht öffentlich.").categories("beratung"));
    }

    @Test
    void findsPublishedOffersWithoutLogin() throws Exception {
        mvc.perform(get(API + "?" + MEISSEN_DISTRICT + "&sort=name"))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andExpect(jsonPath("$.total").value(3))
                .andExpect(jsonPath("$.totalIsLowerBound").value(false))
                .andExpect(jsonPath("$.results[*].name").value(containsInAnyOrder("Nähcafé Meißen",
                        "Beratung Meißen", "Sprechzeiten Meißen und Dresden")))
                .andExpect(jsonPath("$.results[0].name").value("Beratung Meißen"))
                .andExpect(jsonPath("$.results[0].id").value(counselling.toString()))
                .andExpect(jsonPath("$.results[0].url").value("/offers/" + counselling))
                .andExpect(jsonPath("$.results[0].provider").value("API-Test Meißen e. V."))
                .andExpect(jsonPath("$.results[0].summary").value("Beratung für Zugewanderte."))
                .andExpect(jsonPath("$.results[0].categories[0].code").value("beratung.mbe"))
                .andExpect(jsonPath("$.results[0].cities[0]").value("Meißen"))
                .andExpect(jsonPath("$.results[0].language").value("de"))
                .andExpect(jsonPath("$.results[0].fallback").value(nullValue()));
    }

    @Test
    void answersInTheRequestedLanguageWithGermanFallback() throws Exception {
        mvc.perform(get(API + "?" + MEISSEN_DISTRICT + "&q=sewing&lang=en"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.results[0].id").value(sewing.toString()))
                .andExpect(jsonPath("$.results[0].name").value("Sewing café Meissen"))
                .andExpect(jsonPath("$.results[0].language").value("en"))
                .andExpect(jsonPath("$.facets.free[0].label").value("free of charge"));
        mvc.perform(get(API + "?" + MEISSEN_DISTRICT + "&q=Zugewanderte&lang=en"))
                .andExpect(jsonPath("$.results[0].name").value("Beratung Meißen"))
                .andExpect(jsonPath("$.results[0].language").value("de"))
                .andExpect(jsonPath("$.results[0].fallback").value("missing"));
    }

    @Test
    void countsFacetValuesAndMarksTheChosenOnes() throws Exception {
        mvc.perform(get(API + "?" + MEISSEN_DISTRICT + "&cat=beratung"))
                .andExpect(jsonPath("$.total").value(2))
                .andExpect(jsonPath("$.facets.category[?(@.code == 'beratung')].count").value(2))
                .andExpect(jsonPath("$.facets.category[?(@.code == 'beratung')].selected").value(true))
                .andExpect(jsonPath("$.facets.category[?(@.code == 'soziokultur')].count").value(1))
                .andExpect(jsonPath("$.facets.category[?(@.code == 'soziokultur')].selected").value(false))
                .andExpect(jsonPath("$.facets.free").isEmpty());
    }

    @Test
    void measuresDistanceFromAPostalCode() throws Exception {
        mvc.perform(get(API + "?" + MEISSEN_DISTRICT + "&near=01067&radius=50&sort=distance&online=0"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.place.label").value("01067 Dresden"))
                .andExpect(jsonPath("$.place.radiusKm").value(50))
                .andExpect(jsonPath("$.sort").value("distance"))
                .andExpect(jsonPath("$.results[0].id").value(twoSites.toString()))
                .andExpect(jsonPath("$.results[0].distanceKm").value(closeTo(0.0, 0.5)))
                .andExpect(jsonPath("$.results[1].distanceKm").value(closeTo(20.3, 1.0)));
        mvc.perform(get(API + "?" + MEISSEN_DISTRICT + "&lat=" + DRESDEN.latitude() + "&lon=" + DRESDEN.longitude()
                        + "&radius=10&online=0"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.sort").value("distance"))
                .andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.results[0].id").value(twoSites.toString()));
        mvc.perform(get(API + "?" + MEISSEN_DISTRICT + "&near=Atlantis"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.placeNotFound").value(true))
                .andExpect(jsonPath("$.total").value(3));
    }

    @Test
    void pagesThroughTheResults() throws Exception {
        mvc.perform(get(API + "?" + MEISSEN_DISTRICT + "&sort=name&size=2&page=2"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.page").value(2))
                .andExpect(jsonPath("$.size").value(2))
                .andExpect(jsonPath("$.totalPages").value(2))
                .andExpect(jsonPath("$.results", hasSize(1)))
                .andExpect(jsonPath("$.results[0].name").value("Sprechzeiten Meißen und Dresden"));
    }

    @Test
    void answersBadParametersWithProblemDetails() throws Exception {
        for (String bad : new String[] {"page=abc", "page=0", "size=500", "page=1000", "radius=7", "level=X9",
                "cat=unbekannt", "tg=nobody", "spoken=xx", "mun=14627999", "mun=123", "district=99999", "lat=51",
                "lat=91&lon=13", "free=vielleicht", "sort=random", "view=grid", "q=" + "x".repeat(201)}) {
            mvc.perform(get(API + "?" + bad))
                    .andExpect(status().isBadRequest())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                    .andExpect(jsonPath("$.status").value(400))
                    .andExpect(jsonPath("$.detail").value(containsString(bad.substring(0, bad.indexOf('=')))));
        }
        mvc.perform(get(API + "/map?radius=3")).andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    void ignoresParametersItDoesNotKnow() throws Exception {
        mvc.perform(get(API + "?" + MEISSEN_DISTRICT + "&utm_source=newsletter&lang=de"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(3));
    }

    @Test
    void drawsEverySiteOnTheMapAsGeoJson() throws Exception {
        mvc.perform(get(API + "/map?" + MEISSEN_DISTRICT + "&cat=beratung"))
                .andExpect(status().isOk())
                .andExpect(content().contentType("application/geo+json"))
                .andExpect(jsonPath("$.type").value("FeatureCollection"))
                .andExpect(jsonPath("$.totalOffers").value(2))
                .andExpect(jsonPath("$.truncated").value(false))
                .andExpect(jsonPath("$.features", hasSize(3)))
                .andExpect(jsonPath("$.features[0].geometry.type").value("Point"))
                .andExpect(jsonPath("$.features[?(@.properties.id == '" + twoSites + "')]", hasSize(2)))
                .andExpect(jsonPath("$.features[?(@.properties.name == 'Beratung Meißen')].geometry.coordinates[0]")
                        .value(contains(closeTo(MEISSEN.longitude(), 0.0001))));
    }
}
