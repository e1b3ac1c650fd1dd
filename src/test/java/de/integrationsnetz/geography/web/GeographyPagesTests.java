package de.integrationsnetz.geography.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import de.integrationsnetz.support.IntegrationTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
class GeographyPagesTests {

    private static final Pattern MUNICIPALITY_ROW = Pattern.compile("<a class=\"kern-link\" href=\"/municipalities/(\\d{8})\">");

    @Autowired
    MockMvc mvc;

    @LocalServerPort
    int port;

    @Test
    void listsAllDistrictsWithAMapAndSaxonyTotals() throws Exception {
        String html = page("/districts");

        assertThat(html).contains("<h1 class=\"kern-heading-x-large\">Landkreise und kreisfreie Städte in Sachsen</h1>")
                .contains("href=\"/districts/14522\">Mittelsachsen</a>")
                .contains("href=\"/districts/14612\">Dresden, Stadt</a>")
                .contains("data-geojson=\"/api/v1/districts/boundaries\"")
                .contains("<td class=\"kern-table__cell kern-table__cell--numeric\">296.431</td>")
                .contains("Sachsen insgesamt")
                .contains("<td class=\"kern-table__cell kern-table__cell--numeric\">418</td>")
                .contains("/webjars/leaflet/dist/leaflet.js").containsPattern("<script src=\"/js/geography-[0-9a-f]{32}\\.js\" defer>");
        assertThat(count(html, "href=\"/districts/1")).isEqualTo(13);
        assertThat(html).doesNotContain("<script>").doesNotContain("style=\"");
    }

    @Test
    void showsADistrictWithKpisMapAndAllItsMunicipalitiesSortedByName() throws Exception {
        String html = page("/districts/14522");

        assertThat(html).contains("<h1 class=\"kern-heading-x-large\">Mittelsachsen</h1>")
                .contains("Sitz der Kreisverwaltung: Freiberg")
                .contains("data-geojson=\"/api/v1/districts/14522/boundaries\"")
                .contains("52 von 52 Gemeinden")
                .contains("aria-sort=\"ascending\"");
        List<String> rows = rows(html);
        assertThat(rows).hasSize(52).contains("14522180");
        assertThat(html.indexOf(">Altmittweida</a>")).isLessThan(html.indexOf(">Döbeln</a>"));
        assertThat(html.indexOf(">Döbeln</a>")).isLessThan(html.indexOf(">Freiberg</a>"));
    }

    @Test
    void sortsByPopulationAreaAndDensityInBothDirections() throws Exception {
        String byPopulation = page("/districts/14522?sort=population&dir=desc");
        assertThat(rows(byPopulation).get(0)).isEqualTo("14522180"); // Freiberg is the largest town
        assertThat(byPopulation).containsPattern("aria-sort=\"descending\">\\s*<a class=\"in-sort\" href=\"/districts/14522\\?sort=population&amp;dir=asc\"");

        List<String> ascending = rows(page("/districts/14522?sort=population&dir=asc"));
        assertThat(ascending.get(ascending.size() - 1)).isEqualTo("14522180");

        List<String> byArea = rows(page("/districts/14522?sort=area&dir=desc"));
        List<String> byAreaAscending = rows(page("/districts/14522?sort=area&dir=asc"));
        assertThat(byAreaAscending).containsExactlyElementsOf(reversed(byArea));

        List<String> byDensity = rows(page("/districts/14522?sort=density&dir=desc"));
        assertThat(byDensity).hasSize(52).isNotEqualTo(byArea);

        List<String> byNameDescending = rows(page("/districts/14522?sort=name&dir=desc"));
        assertThat(byNameDescending).containsExactlyElementsOf(reversed(rows(page("/districts/14522"))));
    }

    @Test
    void ignoresUnknownSortValuesAndSortsByName() throws Exception {
        assertThat(rows(page("/districts/14522?sort=evil&dir=sideways"))).isEqualTo(rows(page("/districts/14522")));
    }

    @Test
    void filtersByNameWhateverTheSpellingAndKeepsTheFilterInTheSortLinks() throws Exception {
        String html = page("/districts/14522?q=doebeln");
        assertThat(rows(html)).containsExactly("14522080");
        assertThat(html).contains("1 von 52 Gemeinden").contains("value=\"doebeln\"")
                .contains("href=\"/districts/14522?q=doebeln&amp;sort=population&amp;dir=desc\"");

        assertThat(rows(page("/districts/14522?q=D%C3%B6beln"))).containsExactly("14522080");
        assertThat(rows(page("/districts/14522?q=09599"))).containsExactly("14522180");
        // a name from another district does not appear in this one
        assertThat(rows(page("/districts/14522?q=Pirna"))).isEmpty();
        assertThat(page("/districts/14522?q=Pirna")).contains("Keine Gemeinde passt zu diesem Filter.");
    }

    @Test
    void filtersByTypeAndCombinesWithTheNameFilter() throws Exception {
        List<String> towns = rows(page("/districts/14522?type=town"));
        List<String> others = rows(page("/districts/14522?type=municipality"));
        assertThat(towns).isNotEmpty().contains("14522180").doesNotContainAnyElementsOf(others);
        assertThat(towns.size() + others.size()).isEqualTo(52);
        assertThat(page("/districts/14522?type=town")).contains("<option value=\"town\" selected=\"selected\">Stadt</option>");

        assertThat(rows(page("/districts/14522?type=municipality&q=frei"))).isEmpty();
        assertThat(rows(page("/districts/14522?type=town&q=frei"))).containsExactly("14522180");
    }

    @Test
    void answersHtmxRequestsWithTheTableFragmentOnly() throws Exception {
        String fragment = mvc.perform(get("/districts/14522").param("q", "frei").header("HX-Request", "true"))
                .andExpect(status().isOk())
                .andExpect(header().string("Vary", containsString("HX-Request")))
                .andReturn().getResponse().getContentAsString();

        assertThat(fragment).startsWith("<div id=\"municipality-results\">")
                .doesNotContain("<html").doesNotContain("<h1")
                .contains("hx-swap-oob=\"innerHTML\"")
                .contains("1 von 52 Gemeinden");
        assertThat(rows(fragment)).containsExactly("14522180");
    }

    @Test
    void showsAMunicipalityWithItsKeyPostalCodesMapAndResponsibilityLink() throws Exception {
        String html = page("/municipalities/14522180");

        assertThat(html).contains("<h1 class=\"kern-heading-x-large\">Freiberg</h1>")
                .contains("Freiberg, Stadt, Universitätsstadt")
                .contains("14 5 22 180")
                .contains("href=\"/districts/14522\">Mittelsachsen</a>")
                .contains("<li>09599</li>")
                .contains("data-geojson=\"/api/v1/municipalities/14522180/boundary\"")
                .contains("href=\"/who-is-responsible?q=Freiberg\"");
    }

    @Test
    void translatesThePagesIntoArabicRightToLeft() throws Exception {
        String html = mvc.perform(get("/districts/14522").param("lang", "ar"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(html).contains("dir=\"rtl\"").contains("خريطة البلديات").doesNotContain("Sitz der Kreisverwaltung");
    }

    @Test
    void answersUnknownKeysWithTheNotFoundPageAndMalformedKeysWithBadRequest() throws Exception {
        mvc.perform(get("/districts/14999")).andExpect(status().isNotFound());
        mvc.perform(get("/municipalities/14522999")).andExpect(status().isNotFound());
        mvc.perform(get("/districts/abc")).andExpect(status().isBadRequest());
        mvc.perform(get("/municipalities/145221800")).andExpect(status().isBadRequest());

        HttpResponse<String> notFound = fetch("/municipalities/14522999");
        assertThat(notFound.statusCode()).isEqualTo(404);
        assertThat(notFound.body()).contains("Seite nicht gefunden").doesNotContain("Exception");
        HttpResponse<String> badRequest = fetch("/districts/abc");
        assertThat(badRequest.statusCode()).isEqualTo(400);
        assertThat(badRequest.body()).contains("Ungültige Anfrage").doesNotContain("Exception");
    }

    @Test
    void servesTheMapScriptWithoutInlineCode() throws Exception {
        mvc.perform(get("/js/geography.js")).andExpect(status().isOk())
                .andExpect(content().string(containsString("data-geo-map")));
        mvc.perform(get("/webjars/leaflet/dist/leaflet.js")).andExpect(status().isOk());
        mvc.perform(get("/webjars/leaflet/dist/leaflet.css")).andExpect(status().isOk());
        mvc.perform(get("/districts/14522")).andExpect(content().string(not(containsString("onclick"))));
    }

    private String page(String uri) throws Exception {
        return mvc.perform(get(URI.create(uri)))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
    }

    private static List<String> rows(String html) {
        List<String> keys = new ArrayList<>();
        Matcher matcher = MUNICIPALITY_ROW.matcher(html);
        while (matcher.find()) {
            keys.add(matcher.group(1));
        }
        return keys;
    }

    private static List<String> reversed(List<String> list) {
        List<String> copy = new ArrayList<>(list);
        java.util.Collections.reverse(copy);
        return copy;
    }

    private static int count(String text, String part) {
        int count = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
            count++;
        }
        return count;
    }

    private HttpResponse<String> fetch(String path) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Accept", "text/html").header("Cookie", "lang=de").build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
    }
}
