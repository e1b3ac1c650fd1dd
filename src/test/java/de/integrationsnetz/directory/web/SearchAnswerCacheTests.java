package de.integrationsnetz.directory.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import de.integrationsnetz.directory.OfferFixtures;
import de.integrationsnetz.directory.OrganisationId;
import de.integrationsnetz.identity.demo.DemoAccounts;
import de.integrationsnetz.support.IntegrationTest;
import jakarta.servlet.http.Cookie;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPInputStream;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.AutowireCapableBeanFactory;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** Whole answers of the public search are kept while the index does not change, for anonymous visitors only. */
@IntegrationTest
class SearchAnswerCacheTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    AutowireCapableBeanFactory beans;

    @Autowired
    UserDetailsService users;

    private MockHttpServletResponse call(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request).andReturn().getResponse();
    }

    private static String text(MockHttpServletResponse response) throws Exception {
        if ("gzip".equals(response.getHeader("Content-Encoding"))) {
            try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(response.getContentAsByteArray()))) {
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
        }
        return response.getContentAsString();
    }

    private static int resultCount(String page) {
        return Jsoup.parse(page).select("#finder-results h3 a").size();
    }

    @Test
    void aRepeatedSearchIsAnsweredFromMemoryUntilAnOfferIsPublished() throws Exception {
        OfferFixtures fixtures = beans.createBean(OfferFixtures.class);
        String word = OfferFixtures.unique("Antwortspeicher");
        OrganisationId organisation = fixtures.organisation(OfferFixtures.unique("Speicherverein"));
        fixtures.published(organisation, word + " eins");

        MockHttpServletResponse first = call(get("/").param("q", word));
        MockHttpServletResponse again = call(get("/").param("q", word).header("Accept-Encoding", "gzip"));

        assertThat(first.getHeader("Age")).as("made for this request").isNull();
        assertThat(resultCount(first.getContentAsString())).isEqualTo(1);
        assertThat(again.getHeader("Age")).as("kept").matches("\\d+");
        assertThat(again.getHeader("Content-Encoding")).isEqualTo("gzip");
        assertThat(again.getHeader("Vary")).contains("HX-Request").contains("Accept-Encoding");
        assertThat(again.getHeader("Cache-Control")).isEqualTo("no-cache");
        assertThat(text(again)).isEqualTo(first.getContentAsString());

        fixtures.published(organisation, word + " zwei");
        MockHttpServletResponse afterPublishing = call(get("/").param("q", word));

        assertThat(afterPublishing.getHeader("Age")).as("the index changed").isNull();
        assertThat(resultCount(afterPublishing.getContentAsString())).isEqualTo(2);
    }

    @Test
    void keepsThePageTheFragmentTheJsonAndEachLanguageApart() throws Exception {
        String query = OfferFixtures.unique("Getrennt");
        call(get("/").param("q", query));
        call(get("/api/v1/offers").param("q", query));

        MockHttpServletResponse fragment = call(get("/").param("q", query).header("HX-Request", "true"));
        MockHttpServletResponse english = call(get("/").param("q", query).cookie(new Cookie("lang", "en")));
        MockHttpServletResponse json = call(get("/api/v1/offers").param("q", query));
        MockHttpServletResponse page = call(get("/").param("q", query));

        assertThat(fragment.getHeader("Age")).isNull();
        assertThat(text(fragment)).doesNotContain("<html").contains("hx-swap-oob");
        assertThat(english.getHeader("Age")).isNull();
        assertThat(text(english)).contains("<html lang=\"en\"");
        assertThat(json.getHeader("Age")).isNotNull();
        assertThat(json.getContentType()).startsWith("application/json");
        assertThat(text(json)).startsWith("{");
        assertThat(page.getHeader("Age")).isNotNull();
        assertThat(text(page)).contains("<html lang=\"de\"");
    }

    @Test
    void aClientWithoutGzipGetsTheKeptAnswerPlain() throws Exception {
        String query = OfferFixtures.unique("Ungepackt");
        String made = call(get("/api/v1/offers").param("q", query)).getContentAsString();

        MockHttpServletResponse kept = call(get("/api/v1/offers").param("q", query));

        assertThat(kept.getHeader("Age")).isNotNull();
        assertThat(kept.getHeader("Content-Encoding")).isNull();
        assertThat(kept.getContentAsString()).isEqualTo(made);
    }

    @Test
    void aLoggedInUserAndALanguageSwitchAlwaysGetAFreshPage() throws Exception {
        String query = OfferFixtures.unique("Angemeldet");
        call(get("/").param("q", query));

        MockHttpServletResponse loggedIn = call(get("/").param("q", query)
                .with(user(users.loadUserByUsername(DemoAccounts.COORDINATOR))));
        MockHttpServletResponse switching = call(get("/").param("q", query).param("lang", "uk"));

        assertThat(loggedIn.getHeader("Age")).isNull();
        assertThat(loggedIn.getContentAsString()).contains("csrf-token");
        assertThat(switching.getHeader("Age")).isNull();
        assertThat(switching.getCookie("lang")).isNotNull();
    }

    @Test
    void keepsNoFailedAnswer() throws Exception {
        MockHttpServletResponse first = call(get("/api/v1/offers").param("cat", "unbekannt"));
        assertThat(first.getStatus()).as(first.getContentAsString() + first.getHeaderNames()).isEqualTo(400);

        MockHttpServletResponse again = call(get("/api/v1/offers").param("cat", "unbekannt"));

        assertThat(again.getStatus()).isEqualTo(400);
        assertThat(again.getHeader("Age")).isNull();
    }
}
