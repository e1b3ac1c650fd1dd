package de.integrationsnetz.directory.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import de.integrationsnetz.directory.search.LastRebuild;
import de.integrationsnetz.directory.search.RebuildReason;
import de.integrationsnetz.directory.search.SearchIndexMaintenance;
import de.integrationsnetz.identity.demo.DemoAccounts;
import de.integrationsnetz.support.IntegrationTest;
import java.util.concurrent.TimeUnit;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The operator page of the search index: status, a rebuild on request (confirmed in the browser), and the htmx
 * fragment that is polled while it runs. A rebuild leaves exactly the published offers in the index.
 */
@IntegrationTest
class SearchIndexPageTests {

    static final String PAGE = "/app/directory/search-index";

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService userDetails;

    @Autowired
    SearchIndexMaintenance maintenance;

    @Test
    void showsTheIndexNextToTheDatabaseAndOffersARebuildWithConfirmation() throws Exception {
        Document page = Jsoup.parse(operator(get(PAGE)).getContentAsString());

        assertThat(page.select("h1").text()).isEqualTo("Suchindex der Angebote");
        assertThat(page.select(".in-kpi__label").eachText()).containsExactly("Dokumente im Index",
                "veröffentlichte Angebote in der Datenbank");
        assertThat(page.select(".kern-badge").text()).isEqualTo("Index und Datenbank stimmen überein");
        assertThat(page.select("form[action=/app/directory/search-index/rebuild] button").attr("data-confirm"))
                .startsWith("Den Suchindex jetzt neu aufbauen?");
    }

    @Test
    void rebuildsTheIndexWithExactlyThePublishedOffersAndRecordsIt() throws Exception {
        long documentsBefore = maintenance.indexedDocuments();

        MockHttpServletResponse response = operator(post(PAGE + "/rebuild").with(csrf()));
        LastRebuild rebuild = maintenance.rebuild(RebuildReason.MANUAL).get(60, TimeUnit.SECONDS);

        assertThat(response.getRedirectedUrl()).isEqualTo(PAGE);
        assertThat(rebuild.documents()).isEqualTo(documentsBefore).isEqualTo(maintenance.status().publishedOffers());
        assertThat(maintenance.status().lastRebuild()).hasValueSatisfying(last -> {
            assertThat(last.reason()).isEqualTo(RebuildReason.MANUAL);
            assertThat(last.documents()).isEqualTo(documentsBefore);
        });
        assertThat(maintenance.progress().running()).isFalse();
        assertThat(maintenance.progress().percent()).isEqualTo(100);
        Document page = Jsoup.parse(operator(get(PAGE)).getContentAsString());
        assertThat(page.select(".kern-description-list-item__value").first().text()).contains("von Hand gestartet");
    }

    @Test
    void answersHtmxWithTheStatusFragmentOnly() throws Exception {
        Document fragment = Jsoup.parse(operator(get(PAGE).header("HX-Request", "true")).getContentAsString());

        assertThat(fragment.select("section#search-index-status")).hasSize(1);
        assertThat(fragment.select("h1")).isEmpty();
    }

    private MockHttpServletResponse operator(
            org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.with(user(userDetails.loadUserByUsername(DemoAccounts.OPERATOR))))
                .andReturn().getResponse();
    }
}
