package de.integrationsnetz.geography.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import de.integrationsnetz.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@IntegrationTest
class GeographyApiTests {

    @Autowired
    MockMvc mvc;

    @Test
    void listsTheThirteenDistrictsWithoutLogin() throws Exception {
        mvc.perform(get("/api/v1/districts"))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andExpect(jsonPath("$", hasSize(13)))
                .andExpect(jsonPath("$[0].ars").value("14625"))
                .andExpect(jsonPath("$[0].name").value("Bautzen"))
                .andExpect(jsonPath("$[?(@.ars == '14522')].municipalityCount").value(52))
                .andExpect(jsonPath("$[?(@.ars == '14522')].seat").value("Freiberg"));
    }

    @Test
    void describesOneDistrictWithItsDensity() throws Exception {
        mvc.perform(get("/api/v1/districts/14522"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.ars").value("14522"))
                .andExpect(jsonPath("$.name").value("Mittelsachsen"))
                .andExpect(jsonPath("$.type").value("Landkreis"))
                .andExpect(jsonPath("$.population").value(296431))
                .andExpect(jsonPath("$.areaKm2").value(2116.82))
                .andExpect(jsonPath("$.populationPerKm2").value(140.0));
    }

    @Test
    void listsTheMunicipalitiesOfADistrict() throws Exception {
        mvc.perform(get("/api/v1/districts/14522/municipalities"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$", hasSize(52)))
                .andExpect(jsonPath("$[*].districtArs", everyItem(is("14522"))))
                .andExpect(jsonPath("$[*].ags", hasItem("14522180")));
    }

    @Test
    void describesAMunicipality() throws Exception {
        mvc.perform(get("/api/v1/municipalities/14522180"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.ags").value("14522180"))
                .andExpect(jsonPath("$.shortName").value("Freiberg"))
                .andExpect(jsonPath("$.districtArs").value("14522"))
                .andExpect(jsonPath("$.districtName").value("Mittelsachsen"))
                .andExpect(jsonPath("$.centre.latitude").isNumber())
                .andExpect(jsonPath("$.postalCodes", hasItem("09599")));
    }

    @Test
    void resolvesAPostalCodeToMunicipalitiesAndCoordinates() throws Exception {
        mvc.perform(get("/api/v1/postal-codes/09599"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.plz").value("09599"))
                .andExpect(jsonPath("$.municipalities[*].ags", hasItem("14522180")))
                .andExpect(jsonPath("$.places[0].name").value(containsString("Freiberg")))
                .andExpect(jsonPath("$.places[0].stateCode").value("SN"))
                .andExpect(jsonPath("$.places[0].latitude").isNumber());
    }

    @Test
    void answersAPostalCodeOutsideSaxonyWithPlacesOnly() throws Exception {
        mvc.perform(get("/api/v1/postal-codes/10115"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.places[0].stateCode").value("BE"))
                .andExpect(jsonPath("$.municipalities", hasSize(0)));
    }

    @Test
    void usesMunicipalityCentresForSaxonPostalCodesThatGeoNamesLacks() throws Exception {
        mvc.perform(get("/api/v1/postal-codes/04861"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.municipalities[*].shortName", hasItem("Torgau")))
                .andExpect(jsonPath("$.places[*].name", hasItem("Torgau")));
    }

    @Test
    void answersUnknownKeysWith404ProblemDetails() throws Exception {
        expectProblem("/api/v1/districts/14999", 404, "No district of Saxony with the key (ARS) 14999");
        expectProblem("/api/v1/districts/14999/municipalities", 404, "No district of Saxony with the key (ARS) 14999");
        expectProblem("/api/v1/districts/14999/boundaries", 404, "No district of Saxony with the key (ARS) 14999");
        expectProblem("/api/v1/municipalities/14522999", 404, "No municipality of Saxony with the key (AGS) 14522999");
        expectProblem("/api/v1/municipalities/14522999/boundary", 404,
                "No municipality of Saxony with the key (AGS) 14522999");
        expectProblem("/api/v1/postal-codes/00000", 404, "No German postal code 00000");
    }

    @Test
    void answersMalformedKeysWith400ProblemDetails() throws Exception {
        expectProblem("/api/v1/districts/1452", 400, "A district key (ARS) has exactly 5 digits, e.g. 14522: '1452' is not one");
        expectProblem("/api/v1/districts/mittelsachsen/municipalities", 400,
                "A district key (ARS) has exactly 5 digits, e.g. 14522: 'mittelsachsen' is not one");
        expectProblem("/api/v1/districts/145220/boundaries", 400,
                "A district key (ARS) has exactly 5 digits, e.g. 14522: '145220' is not one");
        expectProblem("/api/v1/municipalities/1452218", 400,
                "A municipality key (AGS) has exactly 8 digits, e.g. 14522180: '1452218' is not one");
        expectProblem("/api/v1/municipalities/freiberg/boundary", 400,
                "A municipality key (AGS) has exactly 8 digits, e.g. 14522180: 'freiberg' is not one");
        expectProblem("/api/v1/postal-codes/9599", 400,
                "A postal code (PLZ) has exactly 5 digits, e.g. 09599: '9599' is not one");
        expectProblem("/api/v1/postal-codes/0959x", 400,
                "A postal code (PLZ) has exactly 5 digits, e.g. 09599: '0959x' is not one");
    }

    @Test
    void servesAllDistrictBoundariesAsCachedGeoJson() throws Exception {
        MvcResult result = mvc.perform(get("/api/v1/districts/boundaries"))
                .andExpect(status().isOk())
                .andExpect(content().contentType("application/geo+json"))
                .andExpect(header().string("Cache-Control", containsString("max-age=86400")))
                .andExpect(header().exists("ETag"))
                .andReturn();
        JsonNode collection = JsonMapper.shared().readTree(result.getResponse().getContentAsByteArray());
        assertThat(collection.path("type").asString()).isEqualTo("FeatureCollection");
        assertThat(collection.path("features").size()).isEqualTo(13);
        JsonNode first = collection.path("features").get(0);
        assertThat(first.path("properties").path("ars").asString()).matches("\\d{5}");
        assertThat(first.path("properties").path("name").asString()).isNotBlank();
        assertThat(first.path("geometry").path("type").asString()).isIn("Polygon", "MultiPolygon");

        mvc.perform(get("/api/v1/districts/boundaries").header("If-None-Match", result.getResponse().getHeader("ETag")))
                .andExpect(status().isNotModified());
    }

    @Test
    void servesTheMunicipalityBoundariesOfOneDistrict() throws Exception {
        MvcResult result = mvc.perform(get("/api/v1/districts/14522/boundaries"))
                .andExpect(status().isOk())
                .andExpect(content().contentType("application/geo+json"))
                .andExpect(header().string("Cache-Control", containsString("public")))
                .andReturn();
        JsonNode features = JsonMapper.shared().readTree(result.getResponse().getContentAsByteArray()).path("features");
        assertThat(features.size()).isEqualTo(52);
        for (JsonNode feature : features) {
            assertThat(feature.path("properties").path("ags").asString()).startsWith("14522");
            assertThat(feature.path("properties").properties()).extracting(java.util.Map.Entry::getKey)
                    .containsExactly("ags", "name");
        }
    }

    @Test
    void servesTheBoundaryOfOneMunicipality() throws Exception {
        mvc.perform(get("/api/v1/municipalities/14522180/boundary"))
                .andExpect(status().isOk())
                .andExpect(content().contentType("application/geo+json"))
                .andExpect(jsonPath("$.features", hasSize(1)))
                .andExpect(jsonPath("$.features[0].properties.ags").value("14522180"))
                .andExpect(jsonPath("$.features[0].properties.name").value("Freiberg"));
    }

    private void expectProblem(String path, int status, String detail) throws Exception {
        mvc.perform(get(path))
                .andExpect(status().is(status))
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(status))
                .andExpect(jsonPath("$.title").isNotEmpty())
                .andExpect(jsonPath("$.detail").value(detail));
    }
}
