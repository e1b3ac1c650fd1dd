package de.integrationsnetz.directory.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import de.integrationsnetz.directory.OfferFixtures;
import de.integrationsnetz.directory.OrganisationId;
import de.integrationsnetz.support.IntegrationTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.AutowireCapableBeanFactory;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The public finder at {@code /}: a complete page without JavaScript, an htmx fragment with out-of-band counts. */
@IntegrationTest
class OfferFinderControllerTests {

    private static final String DEMO_OFFER_NAME = "Sprachcafé in der Begegnungsstätte";

    @Autowired
    MockMvc mvc;

    @Autowired
    AutowireCapableBeanFactory beans;

    private MockHttpServletResponse call(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request).andReturn().getResponse();
    }

    @Test
    void rendersTheWholeFinderWithFormFacetsResultsAndTheFormerStartPageCardsWithoutJavaScript() throws Exception {
        MockHttpServletResponse response = call(get("/"));

        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getHeader("Cache-Control")).isEqualTo("no-cache");
        Document page = Jsoup.parse(response.getContentAsString());
        Element form = page.selectFirst("form#finder[role=search][method=get][action=/]");
        assertThat(form).isNotNull();
        assertThat(form.select("input#q[name=q][type=search]")).hasSize(1);
        assertThat(page.select("label[for=q]")).hasSize(1);
        assertThat(form.select("input#near[name=near]")).hasSize(1);
        assertThat(form.select("select#radius[name=radius] option")).hasSize(5);
        assertThat(form.select("button[data-locate][hidden]")).as("shown only by JavaScript").hasSize(1);
        assertThat(form.select("fieldset legend").eachText()).contains("Thema", "Zielgruppe", "Merkmale");
        assertThat(form.select("input[type=checkbox][name=cat]")).isNotEmpty();
        assertThat(form.select("input[type=checkbox][name=free][value=1]")).hasSize(1);
        assertThat(page.select("#c-free-1").text()).matches("\\(\\d+\\)");
        assertThat(page.select("#result-status[role=status]").text()).matches("\\d+ Angebote?");
        assertThat(page.select("#finder-results h3 a")).as("other tests publish offers too").isNotEmpty();
        Document searched = Jsoup.parse(call(get("/").param("q", DEMO_OFFER_NAME)).getContentAsString());
        assertThat(searched.select("#finder-results h3 a").eachText()).contains(DEMO_OFFER_NAME);
        assertThat(page.select("#finder-results a[href^=/offers/]")).isNotEmpty();
        assertThat(page.select("[hx-swap-oob]")).as("out-of-band parts only in htmx answers").isEmpty();
        assertThat(page.select("h1")).hasSize(1);
        assertThat(page.select("a[href=/who-is-responsible]").eachText()).contains("Wer ist für meine Gemeinde zuständig?");
        assertThat(page.select("a.kern-link--stretched[href=/districts]")).hasSize(1);
        assertThat(page.select("a.kern-link--stretched[href=/app]")).hasSize(1);
    }

    @Test
    void choosingADistrictNarrowsTheResultsAndOffersItsMunicipalitiesAsAFilter() throws Exception {
        Document statewide = Jsoup.parse(call(get("/")).getContentAsString());
        assertThat(statewide.select("label[for=district]")).hasSize(1);
        assertThat(statewide.select("select#district option")).hasSize(14);
        assertThat(statewide.select("input[name=mun]")).as("municipalities only within a district").isEmpty();

        Document district = Jsoup.parse(call(get("/").param("district", "14522")).getContentAsString());
        assertThat(district.select("select#district option[selected]").val()).isEqualTo("14522");
        assertThat(district.select("fieldset legend").eachText()).contains("Gemeinde");
        assertThat(district.select("input[type=checkbox][name=mun]")).isNotEmpty()
                .allSatisfy(box -> assertThat(box.val()).startsWith("14522"));
        assertThat(district.select("input[type=hidden][name=district]")).as("the select carries it").isEmpty();
    }

    @Test
    void answersAnHtmxRequestWithTheResultsThePushedCanonicalAddressAndEveryCountOutOfBand() throws Exception {
        MockHttpServletResponse response = call(get("/").param("q", "").param("near", "").param("radius", "25")
                .param("free", "1").header("HX-Request", "true"));

        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getHeader("HX-Push-Url")).isEqualTo("/?free=1");
        assertThat(response.getHeaders("Vary")).contains("HX-Request");
        String html = response.getContentAsString();
        assertThat(html).doesNotContain("<html").doesNotContain("in-header");
        Document fragment = Jsoup.parseBodyFragment(html);
        assertThat(fragment.select("div#finder-results")).hasSize(1);
        assertThat(fragment.select("#result-status[hx-swap-oob=innerHTML]").text()).matches("\\d+ Angebote?");
        assertThat(fragment.select("#finder-state[hx-swap-oob=true]")).hasSize(1);
        assertThat(fragment.select("span#c-free-1[hx-swap-oob=true]").text()).matches("\\(\\d+\\)");
        assertThat(fragment.select("span.fnd-count[hx-swap-oob=true][id^=c-cat-]")).isNotEmpty();
        assertThat(fragment.select("form")).as("the checkboxes stay in the page").isEmpty();
    }

    @Test
    void aHistoryRestoreGetsTheWholePage() throws Exception {
        String html = call(get("/").header("HX-Request", "true").header("HX-History-Restore-Request", "true"))
                .getContentAsString();

        assertThat(html).contains("<html").contains("id=\"finder\"");
    }

    @Test
    void writesEveryLinkWithTheParametersInTheirCanonicalOrderAndKeepsTheChosenValues() throws Exception {
        Document page = Jsoup.parse(call(get("/").param("sort", "name").param("free", "1")
                .param("cat", "spracherwerb").param("cat", "beratung").param("q", "Kurs")).getContentAsString());

        assertThat(page.select("#q").val()).isEqualTo("Kurs");
        assertThat(page.select("input[name=cat][value=beratung]").hasAttr("checked")).isTrue();
        assertThat(page.select("input[name=cat][value=spracherwerb]").hasAttr("checked")).isTrue();
        assertThat(page.select("input[name=free]").hasAttr("checked")).isTrue();
        assertThat(page.select("#finder-state input[name=sort]").val()).isEqualTo("name");
        assertThat(page.select("details.fnd-filters").hasAttr("open")).as("open while a filter is active").isTrue();
        assertThat(page.select(".fnd-switch a").eachAttr("href"))
                .contains("/?q=Kurs&cat=beratung&cat=spracherwerb&free=1&sort=name&view=map",
                        "/?q=Kurs&cat=beratung&cat=spracherwerb&free=1");
        assertThat(page.select("a").eachAttr("href")).contains("/?q=Kurs");
    }

    @Test
    void ignoresValuesItCannotUnderstandInsteadOfFailing() throws Exception {
        MockHttpServletResponse response = call(get("/").param("level", "Z9").param("mun", "abc")
                .param("radius", "7").param("page", "999999").param("lat", "x").param("cat", "no-such-category")
                .param("sort", "sideways").param("view", "3d"));

        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(Jsoup.parse(response.getContentAsString()).select("#finder-results")).hasSize(1);
    }

    @Test
    void saysWhenAPlaceIsUnknownAndWhenNothingIsFound() throws Exception {
        Document unknownPlace = Jsoup.parse(call(get("/").param("near", "Atlantis")).getContentAsString());
        assertThat(unknownPlace.select(".kern-alert--warning").text()).contains("„Atlantis“");

        Document nothing = Jsoup.parse(call(get("/").param("q", "Qxzvqxzvqxzv").param("free", "1"))
                .getContentAsString());
        assertThat(nothing.select("#finder-results h2").text()).isEqualTo("Keine Angebote gefunden");
        assertThat(nothing.select("#result-status").text()).isEqualTo("Keine Angebote");
        assertThat(nothing.select(".fnd-empty a").eachAttr("href")).contains("/?q=Qxzvqxzvqxzv", "/who-is-responsible");
    }

    @Test
    void showsGermanContentOnAnArabicPageMarkedAsGermanLeftToRightWithANotice() throws Exception {
        OfferFixtures fixtures = beans.createBean(OfferFixtures.class);
        String name = OfferFixtures.unique("Finderprobe");
        OrganisationId organisation = fixtures.organisation(OfferFixtures.unique("Finderverein"));
        fixtures.published(organisation, name);

        Document page = Jsoup.parse(call(get("/").param("q", name).param("lang", "ar")).getContentAsString());

        assertThat(page.select("html").attr("dir")).isEqualTo("rtl");
        Element link = page.select("#finder-results h3 a").stream().filter(a -> a.text().equals(name)).findFirst()
                .orElseThrow();
        assertThat(link.attr("lang")).isEqualTo("de");
        assertThat(link.attr("dir")).isEqualTo("ltr");
        Element card = link.closest("article");
        assertThat(card.select("p.fnd-fallback").text()).isEqualTo("متوفر بالألمانية فقط.");
        assertThat(card.select("p[lang=de][dir=ltr]").text()).startsWith("Beschreibung von " + name);
    }

    @Test
    void showsTheMapOnlyAsAnEnhancementOfTheList() throws Exception {
        Document page = Jsoup.parse(call(get("/").param("view", "map")).getContentAsString());

        Element map = page.selectFirst("#finder-map[hidden]");
        assertThat(map).isNotNull();
        assertThat(map.attr("data-map-data")).isEqualTo("/api/v1/offers/map");
        assertThat(map.attr("data-map-src")).startsWith("/js/directory-map");
        assertThat(page.select("[data-map-nojs]").text()).contains("JavaScript");
        assertThat(page.select("#finder-results h3 a")).as("the list stays").isNotEmpty();
        assertThat(page.select("script[src*=leaflet]")).as("Leaflet only loads with the map").isEmpty();
    }
}
