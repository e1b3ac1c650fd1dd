package de.integrationsnetz.coordination;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import de.integrationsnetz.coordination.team.CoordinationDemo;
import de.integrationsnetz.coordination.team.CoordinatorManagement;
import de.integrationsnetz.coordination.team.CoordinatorView;
import de.integrationsnetz.geography.GeographyQueries;
import de.integrationsnetz.geography.MunicipalitySummary;
import de.integrationsnetz.shared.MunicipalityKey;
import de.integrationsnetz.support.IntegrationTest;
import jakarta.servlet.http.Cookie;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

@IntegrationTest
class WhoIsResponsibleTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    CoordinatorManagement coordinators;

    @Autowired
    GeographyQueries geography;

    @Autowired
    CoordinationQueries queries;

    MockHttpServletResponse fetch(MockHttpServletRequestBuilder request) throws Exception {
        MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
        response.setCharacterEncoding("UTF-8");
        assertThat(response.getStatus()).isEqualTo(200);
        return response;
    }

    Document search(String query) throws Exception {
        return Jsoup.parse(fetch(get("/who-is-responsible").param("q", query)).getContentAsString());
    }

    @Test
    void findsTheOfficeContactForFreibergByName() throws Exception {
        Element result = search("Freiberg").selectFirst("section.who-result[data-ags=14522180]");

        assertThat(result).isNotNull();
        assertThat(result.text()).contains("Am Rotvorwerk 3", "09599 Freiberg", "03731 555-101",
                "integration.freiberg@demo.integrationsnetz.de", "Di und Do 9–12");
    }

    @Test
    void findsTheOfficeContactForFreibergByPostalCode() throws Exception {
        Document page = search("09599");

        assertThat(page.select("section.who-result")).hasSize(1);
        assertThat(page.select("section.who-result").text()).contains("Am Rotvorwerk 3", "03731 555-101");
    }

    @Test
    void showsOnlyThePersonalDataTheCoordinatorAgreedToPublish() throws Exception {
        String freiberg = search("Freiberg").select("section.who-result").html();

        assertThat(freiberg).contains(CoordinationDemo.DEMO_FREIBERG_COORDINATOR_NAME)
                .contains(CoordinationDemo.DEMO_FREIBERG_COORDINATOR_EMAIL)
                .doesNotContain(CoordinationDemo.DEMO_FREIBERG_COORDINATOR_PHONE)
                .doesNotContain("555111");
    }

    @Test
    void showsNoPersonalDataOfACoordinatorWithoutConsent() throws Exception {
        CoordinatorView unpublished = coordinators.find(
                new CoordinatorId(CoordinationDemo.COORDINATOR_FREIBERG_UNPUBLISHED), CoordinationDemo.MITTELSACHSEN)
                .orElseThrow();
        assertThat(unpublished.municipalities()).isNotEmpty();

        for (MunicipalityKey key : unpublished.municipalities()) {
            MunicipalitySummary municipality = geography.municipality(key).orElseThrow();
            Document page = search(municipality.postalCodes().get(0));
            Element result = page.selectFirst("section.who-result[data-ags=" + key.value() + "]");
            assertThat(result).as(municipality.name()).isNotNull();
            assertThat(result.text()).as(municipality.name())
                    .contains("Am Rotvorwerk 3")
                    .doesNotContain(CoordinationDemo.DEMO_UNPUBLISHED_NAME)
                    .doesNotContain(CoordinationDemo.DEMO_UNPUBLISHED_EMAIL)
                    .doesNotContain(CoordinationDemo.DEMO_UNPUBLISHED_PHONE);
            assertThat(page.html()).doesNotContain("Thomas Muster").doesNotContain("thomas.muster");
        }
    }

    @Test
    void saysSoWhenNothingMatches() throws Exception {
        Document page = search("Xyzzyhausen");

        assertThat(page.select("#who-no-match").text()).contains("Keine Gemeinde in Sachsen gefunden", "Xyzzyhausen");
        assertThat(page.select("section.who-result")).isEmpty();
    }

    @Test
    void showsOnlyTheSearchFormWithoutAQuery() throws Exception {
        Document page = Jsoup.parse(fetch(get("/who-is-responsible")).getContentAsString());

        assertThat(page.select("input#who-q")).hasSize(1);
        assertThat(page.select("#who-no-match")).isEmpty();
        assertThat(page.select("section.who-result")).isEmpty();
    }

    @Test
    void offersTheDistrictsOfficesWhenNoCoordinatorIsAssigned() throws Exception {
        MunicipalitySummary smallest = geography.municipalitiesOf(CoordinationDemo.MITTELSACHSEN).stream()
                .min(Comparator.comparingLong(MunicipalitySummary::population))
                .orElseThrow();

        Element result = search(smallest.shortName()).selectFirst(
                "section.who-result[data-ags=" + smallest.key().value() + "]");

        assertThat(result.select(".who-unassigned").text()).contains("zurzeit keine Integrationskoordination");
        assertThat(result.select("article h3")).extracting(Element::text)
                .containsExactly("Döbeln", "Flöha", "Freiberg", "Rossau");
        assertThat(result.select(".who-person")).isEmpty();
    }

    @Test
    void answersHtmxWithTheResultsFragmentOnly() throws Exception {
        MockHttpServletResponse response = fetch(get("/who-is-responsible").param("q", "Freiberg")
                .header("HX-Request", "true"));

        String body = response.getContentAsString();
        assertThat(body).doesNotContain("<html").doesNotContain("<main").doesNotContain("in-nav");
        assertThat(body).contains("Am Rotvorwerk 3").contains("who-result");
        assertThat(response.getHeaders("Vary")).contains("HX-Request");
    }

    @Test
    void answersAnHtmxHistoryRestoreWithTheWholePage() throws Exception {
        String body = fetch(get("/who-is-responsible").param("q", "Freiberg")
                .header("HX-Request", "true").header("HX-History-Restore-Request", "true")).getContentAsString();

        assertThat(body).contains("<html").contains("Am Rotvorwerk 3");
    }

    @Test
    void worksWithoutJavaScriptAsAPlainGetForm() throws Exception {
        Element form = Jsoup.parse(fetch(get("/who-is-responsible")).getContentAsString()).selectFirst("form[role=search]");

        assertThat(form.attr("method")).isEqualTo("get");
        assertThat(form.attr("action")).isEqualTo("/who-is-responsible");
        assertThat(form.select("input[name=q]")).hasSize(1);
        assertThat(form.select("label[for=who-q]")).hasSize(1);
    }

    @Test
    void speaksAllSevenLanguages() throws Exception {
        Map<String, String> headings = Map.of(
                "de", "Wer ist für meine Gemeinde zuständig?",
                "en", "Who is responsible for my municipality?",
                "uk", "Хто відповідальний за мою громаду?",
                "ru", "Кто отвечает за мой муниципалитет?",
                "ar", "من المسؤول عن بلديتي؟",
                "fa", "چه کسی مسئول شهرداری من است؟",
                "tr", "Belediyemden kim sorumlu?");
        for (Map.Entry<String, String> language : headings.entrySet()) {
            Document page = Jsoup.parse(fetch(get("/who-is-responsible").param("q", "Freiberg")
                    .cookie(new Cookie("lang", language.getKey()))).getContentAsString());
            assertThat(page.select("h1").text()).as(language.getKey()).isEqualTo(language.getValue());
            assertThat(page.select("html").attr("lang")).isEqualTo(language.getKey());
            assertThat(page.select("section.who-result").text()).as(language.getKey()).contains("Am Rotvorwerk 3");
        }
        Document arabic = Jsoup.parse(fetch(get("/who-is-responsible").cookie(new Cookie("lang", "ar")))
                .getContentAsString());
        assertThat(arabic.select("html").attr("dir")).isEqualTo("rtl");
    }

    @Test
    void theApiGivesOtherModulesOnlyPublishedData() {
        List<ResponsibleOffice> freiberg = queries.responsibleFor(MunicipalityKey.of("14522180"));

        assertThat(freiberg).hasSize(1);
        assertThat(freiberg.get(0).office().name()).isEqualTo("Freiberg");
        assertThat(freiberg.get(0).people()).containsExactly(new PublicPerson(
                CoordinationDemo.DEMO_FREIBERG_COORDINATOR_NAME, null, CoordinationDemo.DEMO_FREIBERG_COORDINATOR_EMAIL));
    }
}
