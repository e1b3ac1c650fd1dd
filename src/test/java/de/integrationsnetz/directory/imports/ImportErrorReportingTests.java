package de.integrationsnetz.directory.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import de.integrationsnetz.directory.location.LocationManagement;
import de.integrationsnetz.directory.organisation.OrganisationManagement;
import de.integrationsnetz.directory.organisation.OrganisationRef;
import de.integrationsnetz.identity.CurrentUser;
import de.integrationsnetz.identity.account.AccountRepository;
import de.integrationsnetz.support.IntegrationTest;
import jakarta.servlet.http.Cookie;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Every bad row is reported with its line, the column and the reason (in the user's language), from CSV in UTF-8
 * and in Windows-1252 (German Excel) and from XLSX; a file with errors imports nothing. Bautzen (14625).
 */
@IntegrationTest
class ImportErrorReportingTests {

    @Autowired OfferImports imports;
    @Autowired MockMvc mvc;
    @Autowired AccountRepository accounts;
    @Autowired PasswordEncoder passwords;
    @Autowired UserDetailsService userDetails;
    @Autowired OrganisationManagement organisations;
    @Autowired LocationManagement locations;
    @Autowired TransactionTemplate transactions;

    ImportFixtures fixtures;
    CurrentUser coordinator;
    OrganisationRef organisation;

    @BeforeEach
    void setUp() {
        fixtures = new ImportFixtures(accounts, passwords, userDetails, organisations, locations, transactions,
                imports);
        coordinator = fixtures.coordinator();
        organisation = fixtures.organisation(ImportFixtures.unique("Verein Görlitzer Straße"), "Äußere Lauenstraße 1");
    }

    /** Header line 1; line 2 is good; lines 3 to 8 each break one rule. */
    List<List<String>> rows() {
        String org = organisation.name();
        return List.of(
                List.of("Träger", "Angebot", "Beschreibung", "PLZ", "Ort", "Kategorien", "kostenlos", "Gültig ab",
                        "E-Mail", "Straße"),
                List.of(org, "Sprachcafé für Anfänger", "Gespräche über Alltägliches", "02625", "Bautzen",
                        "spracherwerb.sprachcafe", "ja", "01.02.2026", "", "Taucherstraße 4"),
                List.of(org, "Beratung ohne PLZ", "Text", "2625", "Bautzen", "", "ja", "", "", "Taucherstraße 4"),
                List.of(org, "Angebot mit Unsinn", "Text", "02625", "Bautzen", "", "vielleicht", "", "", "Taucherstraße 4"),
                List.of(org, "Angebot mit falscher Kategorie", "Text", "02625", "Bautzen", "gibt-es-nicht", "", "", "", "Taucherstraße 4"),
                List.of(org, "", "Beschreibung ohne Namen", "02625", "Bautzen", "", "", "", "", "Taucherstraße 4"),
                List.of(org, "Falsches Datum", "Text", "02625", "Bautzen", "", "", "31.02.2026", "", "Taucherstraße 4"),
                List.of(org, "Zwei Fehler", "Text", "02625", "Bautzen", "", "", "", "keine-mail", "Taucherstraße 4"));
    }

    void assertReport(ImportJob job) {
        assertThat(job.status()).isEqualTo(ImportStatus.INVALID);
        List<ImportProblem> errors = imports.problems(job.id(), coordinator, 0, 1000).stream()
                .filter(problem -> !problem.warning()).toList();
        assertThat(errors).extracting(ImportProblem::line, ImportProblem::field, ImportProblem::code)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(3, "postal_code", "invalid-postal-code"),
                        org.assertj.core.groups.Tuple.tuple(4, "free_of_charge", "invalid-boolean"),
                        org.assertj.core.groups.Tuple.tuple(5, "categories", "unknown-category"),
                        org.assertj.core.groups.Tuple.tuple(6, "name", "required"),
                        org.assertj.core.groups.Tuple.tuple(7, "valid_from", "invalid-date"),
                        org.assertj.core.groups.Tuple.tuple(8, "email", "invalid-email"));
        assertThat(errors).filteredOn(problem -> problem.line() == 4).extracting(ImportProblem::value)
                .containsExactly("vielleicht");
        assertThat(job.errorCount()).isEqualTo(6);
        assertThat(job.createdOffers()).isZero();
    }

    @Test
    void reportsEveryBadRowOfAUtf8CsvWithLineColumnAndReason() {
        ImportJob job = fixtures.uploadAndValidate(coordinator, "angebote.csv",
                ImportFixtures.csv(rows(), ';', StandardCharsets.UTF_8));
        assertReport(job);
    }

    @Test
    void readsWindows1252CsvWithCommasAndReportsTheSameLines() {
        byte[] cp1252 = ImportFixtures.csv(rows(), ',', TableReader.WINDOWS_1252);
        Table table = TableReader.read(FileKind.CSV, cp1252);
        assertThat(table.headers()).startsWith("Träger", "Angebot");
        assertThat(table.rows().get(0).cell(1)).isEqualTo("Sprachcafé für Anfänger");
        assertReport(fixtures.uploadAndValidate(coordinator, "angebote-excel.csv", cp1252));
    }

    @Test
    void reportsEveryBadRowOfAnXlsxFile() {
        assertReport(fixtures.uploadAndValidate(coordinator, "angebote.xlsx", ImportFixtures.xlsx(rows())));
    }

    @Test
    void errorReportDownloadNamesColumnAndReasonInTheUsersLanguage() throws Exception {
        ImportJob job = fixtures.uploadAndValidate(coordinator, "angebote.csv",
                ImportFixtures.csv(rows(), ';', StandardCharsets.UTF_8));
        byte[] german = mvc.perform(get("/app/directory/imports/" + job.id() + "/errors.csv").with(user(coordinator))
                        .cookie(new Cookie("lang", "de")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        String text = new String(german, StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFFZeile;Spalte;Grund;Wert;Art")
                .contains("3;Postleitzahl;Postleitzahl muss fünf Ziffern haben;2625;Fehler")
                .contains("4;Kostenlos;kein Ja/Nein-Wert");
        String english = mvc.perform(get("/app/directory/imports/" + job.id() + "/errors").with(user(coordinator))
                        .cookie(new Cookie("lang", "en")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(english).contains("a postal code has five digits").contains("Free of charge");
    }

    @Test
    void aProviderImportsOnlyForTheirOwnOrganisation() {
        OrganisationRef other = fixtures.organisation(ImportFixtures.unique("Anderer Verein"), "Kornmarkt 1");
        CurrentUser provider = fixtures.provider(organisation.id());
        List<List<String>> rows = List.of(
                List.of("Angebot", "Beschreibung", "Straße", "PLZ", "Ort", "Träger"),
                List.of("Eigenes Angebot", "Text", "Kornmarkt 1", "02625", "Bautzen", ""),
                List.of("Fremdes Angebot", "Text", "Kornmarkt 1", "02625", "Bautzen", other.name()));
        ImportJob job = fixtures.uploadAndValidate(provider, "eigene.csv",
                ImportFixtures.csv(rows, ';', StandardCharsets.UTF_8));
        assertThat(job.organisation()).contains(organisation.id());
        assertThat(imports.problems(job.id(), provider, 0, 100)).extracting(ImportProblem::line, ImportProblem::code)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(3, "other-organisation"));
    }
}
