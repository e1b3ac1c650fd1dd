package de.integrationsnetz.directory.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import de.integrationsnetz.directory.ContentLanguage;
import de.integrationsnetz.directory.taxonomy.CatalogTerm;
import de.integrationsnetz.directory.taxonomy.TaxonomyCatalog;
import de.integrationsnetz.identity.demo.DemoAccounts;
import de.integrationsnetz.support.IntegrationTest;
import java.util.Locale;
import java.util.UUID;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Maintaining the statewide taxonomies in the back office. Each test adds its own term (codes are unique per run), so
 * the seeded terms that other tests and the demo rely on stay as they are.
 */
@IntegrationTest
class TaxonomyPagesTests {

    static final String BASE = "/app/directory/taxonomy";

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService userDetails;

    @Autowired
    TaxonomyCatalog catalog;

    RequestPostProcessor as(String email) {
        return user(userDetails.loadUserByUsername(email));
    }

    MockHttpServletResponse perform(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request).andReturn().getResponse();
    }

    static MockHttpServletRequestBuilder labelled(MockHttpServletRequestBuilder request, String german) {
        return labelled(request, german, "کمک همسایگی");
    }

    static MockHttpServletRequestBuilder labelled(MockHttpServletRequestBuilder request, String german,
            String persian) {
        return request.with(csrf())
                .param("labels[de]", german).param("labels[en]", "Neighbourhood help")
                .param("labels[uk]", "Сусідська допомога").param("labels[ru]", "Соседская помощь")
                .param("labels[ar]", "مساعدة الجيران").param("labels[fa]", persian)
                .param("labels[tr]", "Komşuluk yardımı");
    }

    /** Adds a sub-term of "Soziokultur" through the form and returns its code. */
    String addTerm(String german) throws Exception {
        String suffix = "test-" + UUID.randomUUID().toString().substring(0, 8);
        CatalogTerm parent = catalog.term(TaxonomyCatalog.CATEGORIES, "soziokultur").orElseThrow();
        MockHttpServletResponse response = perform(labelled(post(BASE + "/integrationsnetz-angebote/terms"), german)
                .param("code", suffix).param("parentId", parent.id().value().toString())
                .param("description", "Hilfe unter Nachbarn").with(as(DemoAccounts.COUNTY_ADMIN)));
        assertThat(response.getStatus()).isEqualTo(302);
        return "soziokultur." + suffix;
    }

    @Test
    void aCountyAdminAddsATermThatFormsAndTheSearchOfferAtOnce() throws Exception {
        String code = addTerm("Nachbarschaftshilfe");

        CatalogTerm term = catalog.term(TaxonomyCatalog.CATEGORIES, code).orElseThrow();
        assertThat(term.label(ContentLanguage.AR)).isEqualTo("مساعدة الجيران");
        assertThat(catalog.terms(TaxonomyCatalog.CATEGORIES)).contains(term);
        assertThat(catalog.selfAndAncestors(TaxonomyCatalog.CATEGORIES, code)).containsExactly(code, "soziokultur");
    }

    @Test
    void relabellingAndDeactivatingATermReachesTheCatalogAndTheOverview() throws Exception {
        String code = addTerm("Nachbarschaftshilfe");
        UUID id = catalog.term(TaxonomyCatalog.CATEGORIES, code).orElseThrow().id().value();

        MockHttpServletResponse saved = perform(labelled(post(BASE + "/terms/" + id), "Nachbarschaftliche Hilfe")
                .param("version", "0").param("description", "").param("_active", "on").with(as(DemoAccounts.COUNTY_ADMIN)));

        assertThat(saved.getStatus()).isEqualTo(302);
        assertThat(catalog.label(TaxonomyCatalog.CATEGORIES, code, Locale.GERMAN)).isEqualTo("Nachbarschaftliche Hilfe");
        assertThat(catalog.terms(TaxonomyCatalog.CATEGORIES)).noneMatch(t -> t.code().equals(code));
        Document overview = Jsoup.parse(perform(get(BASE).with(as(DemoAccounts.COORDINATOR))).getContentAsString());
        assertThat(overview.select("tr:has(code:containsOwn(" + code + "))").text()).contains("deaktiviert");
    }

    @Test
    void aMissingTranslationIsShownNextToItsFieldAndNothingIsSaved() throws Exception {
        String code = addTerm("Nachbarschaftshilfe");
        UUID id = catalog.term(TaxonomyCatalog.CATEGORIES, code).orElseThrow().id().value();

        MockHttpServletResponse response = perform(labelled(post(BASE + "/terms/" + id), "Neu", " ")
                .param("version", "0").param("active", "true")
                .with(as(DemoAccounts.COUNTY_ADMIN)));

        Document page = Jsoup.parse(response.getContentAsString());
        assertThat(page.getElementById("labels[fa]").attr("aria-invalid")).isEqualTo("true");
        assertThat(page.getElementById("labels[fa]-error").text()).isEqualTo("Bitte füllen Sie dieses Feld aus.");
        assertThat(page.select("label[for=labels[fa]]").attr("lang")).isEqualTo("fa");
        assertThat(catalog.label(TaxonomyCatalog.CATEGORIES, code, Locale.GERMAN)).isEqualTo("Nachbarschaftshilfe");
    }

    @Test
    void savingOverSomeoneElsesChangeShowsAConflict() throws Exception {
        String code = addTerm("Nachbarschaftshilfe");
        UUID id = catalog.term(TaxonomyCatalog.CATEGORIES, code).orElseThrow().id().value();
        perform(labelled(post(BASE + "/terms/" + id), "Erste Änderung").param("version", "0").param("active", "true")
                .with(as(DemoAccounts.COUNTY_ADMIN)));

        MockHttpServletResponse stale = perform(labelled(post(BASE + "/terms/" + id), "Zweite Änderung")
                .param("version", "0").param("active", "true").with(as(DemoAccounts.COUNTY_ADMIN)));

        assertThat(stale.getStatus()).isEqualTo(409);
        assertThat(catalog.label(TaxonomyCatalog.CATEGORIES, code, Locale.GERMAN)).isEqualTo("Erste Änderung");
    }

    @Test
    void aCodeCanBeUsedOnlyOnceAndMustLookLikeACode() throws Exception {
        String code = addTerm("Nachbarschaftshilfe");
        CatalogTerm parent = catalog.term(TaxonomyCatalog.CATEGORIES, "soziokultur").orElseThrow();

        Document taken = Jsoup.parse(perform(labelled(post(BASE + "/integrationsnetz-angebote/terms"), "Doppelt")
                .param("code", code.substring("soziokultur.".length()))
                .param("parentId", parent.id().value().toString()).with(as(DemoAccounts.COUNTY_ADMIN)))
                .getContentAsString());
        Document malformed = Jsoup.parse(perform(labelled(post(BASE + "/integrationsnetz-angebote/terms"), "Falsch")
                .param("code", "Groß Buchstaben").with(as(DemoAccounts.COUNTY_ADMIN))).getContentAsString());

        assertThat(taken.getElementById("code-error").text()).contains("schon vergeben");
        assertThat(malformed.getElementById("code-error").text()).contains("Kleinbuchstaben");
    }

    @Test
    void theActorTypesTakeNoNewTermsButCoordinatorsMayReadEverything() throws Exception {
        assertThat(perform(get(BASE + "/integrationsnetz-akteurstypen/new").with(as(DemoAccounts.COUNTY_ADMIN)))
                .getStatus()).isEqualTo(404);

        Document asCoordinator = Jsoup.parse(perform(get(BASE).param("taxonomy", "integrationsnetz-akteurstypen")
                .with(as(DemoAccounts.COORDINATOR))).getContentAsString());
        assertThat(asCoordinator.select("tbody tr")).hasSize(18);
        assertThat(asCoordinator.select("a[href*=/terms/]")).isEmpty();
    }
}
