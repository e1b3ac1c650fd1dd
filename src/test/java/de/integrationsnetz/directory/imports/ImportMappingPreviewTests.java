package de.integrationsnetz.directory.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import de.integrationsnetz.directory.location.LocationManagement;
import de.integrationsnetz.directory.organisation.OrganisationManagement;
import de.integrationsnetz.identity.CurrentUser;
import de.integrationsnetz.identity.account.AccountRepository;
import de.integrationsnetz.support.IntegrationTest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The mapping step: German and English headers are mapped automatically, the preview shows the first ten rows with
 * the problems their cells have under the mapping being tried, and a mapping without a required column is refused
 * with the reason (nothing is validated). Bautzen (14625).
 */
@IntegrationTest
class ImportMappingPreviewTests {

    @Autowired OfferImports imports;
    @Autowired MockMvc mvc;
    @Autowired AccountRepository accounts;
    @Autowired PasswordEncoder passwords;
    @Autowired UserDetailsService userDetails;
    @Autowired OrganisationManagement organisations;
    @Autowired LocationManagement locations;
    @Autowired TransactionTemplate transactions;

    @Test
    void mapsGermanAndEnglishHeadersAutomatically() {
        ColumnMapping german = ColumnMapping.auto(List.of("Träger", "Angebot", "Beschreibung", "PLZ", "Straße",
                "Ort", "Kostenlos", "Zielgruppen", "Sprachen", "Gültig bis", "Freie Plätze", "Bemerkung intern"));
        assertThat(german.targets()).containsExactly(OfferColumn.ORGANISATION_NAME, OfferColumn.NAME,
                OfferColumn.DESCRIPTION, OfferColumn.POSTAL_CODE, OfferColumn.STREET, OfferColumn.CITY,
                OfferColumn.FREE_OF_CHARGE, OfferColumn.TARGET_GROUPS, OfferColumn.LANGUAGES, OfferColumn.VALID_UNTIL,
                OfferColumn.PLACES_FREE, null);
        ColumnMapping english = ColumnMapping.auto(List.of("Provider", "Title", "Description", "ZIP code", "City",
                "Free", "E-Mail", "Website", "Language level"));
        assertThat(english.targets()).containsExactly(OfferColumn.ORGANISATION_NAME, OfferColumn.NAME,
                OfferColumn.DESCRIPTION, OfferColumn.POSTAL_CODE, OfferColumn.CITY, OfferColumn.FREE_OF_CHARGE,
                OfferColumn.EMAIL, OfferColumn.URL, null);
        ColumnMapping exported = ColumnMapping.auto(Arrays.stream(OfferColumn.values()).map(OfferColumn::key).toList());
        assertThat(exported.targets()).containsExactly(OfferColumn.values());
    }

    @Test
    void previewShowsTheFirstTenRowsWithTheirProblemsAndFollowsTheMappingBeingTried() throws Exception {
        ImportFixtures fixtures = new ImportFixtures(accounts, passwords, userDetails, organisations, locations,
                transactions, imports);
        CurrentUser coordinator = fixtures.coordinator();
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("Träger", "Angebot", "Beschreibung", "Postleitzahl", "Straße", "Ort"));
        for (int i = 1; i <= 15; i++) {
            rows.add(List.of("Verein", "Angebot " + i, "Text " + i, i == 3 ? "123" : "02625", "Markt 1", "Bautzen"));
        }
        UUID id = imports.upload(coordinator, "vorschau.csv", ImportFixtures.csv(rows, ';', StandardCharsets.UTF_8));

        ImportPreview preview = imports.preview(id, coordinator, null);
        assertThat(preview.rows()).hasSize(10);
        assertThat(preview.rows().get(0).line()).isEqualTo(2);
        assertThat(preview.mappingProblems()).isEmpty();
        assertThat(preview.problemsOf(4)).extracting(ImportProblem::field, ImportProblem::code)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("postal_code", "invalid-postal-code"));

        // The user maps "Angebot" to nothing: the preview says the name is missing; storing it is refused.
        ColumnMapping withoutName = ColumnMapping.of(List.of("organisation_name", "", "description", "postal_code",
                "street", "city"));
        assertThat(imports.preview(id, coordinator, withoutName).mappingProblems())
                .containsExactly("directory.import.mapping.missing-name");
        assertThat(imports.map(id, coordinator, withoutName, de.integrationsnetz.directory.offer.OfferStatus.DRAFT,
                true)).containsExactly("directory.import.mapping.missing-name");
        assertThat(imports.get(id, coordinator).status()).isEqualTo(ImportStatus.UPLOADED);

        // htmx asks for the preview fragment with the selects' values.
        String html = mvc.perform(get("/app/directory/imports/" + id + "/preview").with(user(coordinator))
                        .header("HX-Request", "true")
                        .param("target", "organisation_name", "name", "description", "city", "street", ""))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        Document fragment = Jsoup.parse(html);
        assertThat(fragment.select("#import-preview")).hasSize(1);
        assertThat(fragment.select("html head title")).isEmpty();
        assertThat(fragment.select("#target-3 option[selected]").attr("value")).isEqualTo("city");
        assertThat(fragment.select("#import-preview tbody tr")).hasSize(10);

        // The full page has the mapping form with one select per column, pre-selected from the headers.
        Document page = Jsoup.parse(mvc.perform(get("/app/directory/imports/" + id).with(user(coordinator)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(page.select("select[name=target]")).hasSize(6);
        assertThat(page.select("#target-1 option[selected]").attr("value")).isEqualTo("name");
        assertThat(page.select("label[for=target-1]").text()).isEqualTo("Angebot");
    }
}
