package de.integrationsnetz.directory.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import de.integrationsnetz.directory.OfferId;
import de.integrationsnetz.directory.exports.OfferTable;
import de.integrationsnetz.directory.location.LocationManagement;
import de.integrationsnetz.directory.offer.CourseDetails;
import de.integrationsnetz.directory.offer.CourseLevel;
import de.integrationsnetz.directory.offer.OfferContent;
import de.integrationsnetz.directory.offer.OfferFlags;
import de.integrationsnetz.directory.offer.OfferManagement;
import de.integrationsnetz.directory.offer.OfferView;
import de.integrationsnetz.directory.offer.SiteData;
import de.integrationsnetz.directory.organisation.OrganisationManagement;
import de.integrationsnetz.directory.organisation.OrganisationRef;
import de.integrationsnetz.directory.taxonomy.CatalogTerm;
import de.integrationsnetz.directory.taxonomy.TaxonomyCatalog;
import de.integrationsnetz.directory.offer.Classification;
import de.integrationsnetz.identity.CurrentUser;
import de.integrationsnetz.identity.account.AccountRepository;
import de.integrationsnetz.support.IntegrationTest;
import jakarta.persistence.EntityManager;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Export → re-import → equal: the filtered offer list exported as CSV (UTF-8 with BOM, ";", for German Excel) imports
 * again into the same offers (same ids, same content, same site); the XLSX export opens with fastexcel-reader and
 * holds the same cells. Bautzen (14625).
 */
@IntegrationTest
class OfferTableExportTests {

    @Autowired OfferImports imports;
    @Autowired ImportRunner runner;
    @Autowired OfferManagement offers;
    @Autowired TaxonomyCatalog catalog;
    @Autowired MockMvc mvc;
    @Autowired EntityManager entityManager;
    @Autowired AccountRepository accounts;
    @Autowired PasswordEncoder passwords;
    @Autowired UserDetailsService userDetails;
    @Autowired OrganisationManagement organisations;
    @Autowired LocationManagement locations;
    @Autowired TransactionTemplate transactions;

    @Test
    void exportedOffersImportAgainUnchanged() throws Exception {
        ImportFixtures fixtures = new ImportFixtures(accounts, passwords, userDetails, organisations, locations,
                transactions, imports);
        CurrentUser coordinator = fixtures.coordinator();
        OrganisationRef organisation = fixtures.organisation(ImportFixtures.unique("Exportverein; \"Bautzen\""),
                "Reichenstraße 5");
        SiteData site = offers.options(organisation.id(), coordinator).locations().get(0).snapshot();
        CatalogTerm category = catalog.term(TaxonomyCatalog.CATEGORIES, "spracherwerb.integrationskurs").orElseThrow();
        CatalogTerm group = catalog.terms(TaxonomyCatalog.TARGET_GROUPS).get(0);
        OfferContent course = new OfferContent("Integrationskurs B1; Abendkurs",
                "Mehrzeilige Beschreibung\nmit \"Anführungszeichen\" und Umlauten: äöü ß", "kostenlos mit Berechtigung",
                "Mit Berechtigungsschein", "Anmeldung im Büro", null, "https://example.org/kurs", "kurs@example.org",
                "03591 123456", null, new OfferFlags(true, true, false, true, false, false, false, false), false, 16,
                null, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31),
                new CourseDetails(CourseLevel.B1, LocalDate.of(2026, 3, 2), LocalDate.of(2026, 9, 30), 20, 5,
                        LocalDate.of(2026, 2, 20)),
                List.of(new Classification(category.id().value(), category.taxonomy(), category.code()),
                        new Classification(group.id().value(), group.taxonomy(), group.code())),
                List.of("de", "ar", "uk"), List.of("14625020"), List.of(site), List.of(), List.of());
        OfferContent online = new OfferContent("Online-Sprechstunde", "Per Video", null, null, null, null, null,
                null, null, "https://meet.example.org/x", new OfferFlags(false, false, true, false, true, true, true,
                        true), true, null, null, null, null, CourseDetails.NONE, List.of(), List.of("fa"), List.of(),
                List.of(), List.of(), List.of());
        OfferId first = offers.create(coordinator, organisation.id(), course);
        OfferId second = offers.create(coordinator, organisation.id(), online);
        OfferContent firstBefore = offers.get(first, coordinator).content();
        OfferContent secondBefore = offers.get(second, coordinator).content();

        String query = "?organisation=" + organisation.id().value() + "&sort=name&dir=asc";
        byte[] csv = mvc.perform(get("/app/directory/offers/export.csv" + query).with(user(coordinator)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        byte[] xlsx = mvc.perform(get("/app/directory/offers/export.xlsx" + query).with(user(coordinator)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();

        assertThat(csv).startsWith(0xEF, 0xBB, 0xBF);
        Table fromCsv = TableReader.read(FileKind.CSV, csv);
        Table fromXlsx = TableReader.read(FileKind.XLSX, xlsx);
        assertThat(TableReader.separator(TableReader.decode(csv))).isEqualTo(';');
        assertThat(fromCsv.headers()).isEqualTo(OfferTable.headers());
        assertThat(fromXlsx.headers()).isEqualTo(OfferTable.headers());
        assertThat(fromCsv.rows()).hasSize(2);
        assertThat(fromXlsx.rows()).extracting(Table.Row::cells)
                .isEqualTo(fromCsv.rows().stream().map(Table.Row::cells).toList());
        assertThat(fromCsv.rows().get(0).cell(OfferColumn.NAME.ordinal())).isEqualTo("Integrationskurs B1; Abendkurs");

        offers.delete(first, coordinator);
        offers.delete(second, coordinator);
        ImportJob job = fixtures.uploadAndValidate(coordinator, "export.csv", csv);
        assertThat(imports.problems(job.id(), coordinator, 0, 50)).filteredOn(p -> !p.warning()).isEmpty();
        assertThat(job.status()).isEqualTo(ImportStatus.VALIDATED);
        assertThat(runner.commit(job.id())).isEqualTo(ImportStatus.COMMITTED);
        assertThat(imports.get(job.id(), coordinator).createdLocations()).isZero();

        OfferView firstAfter = offers.get(first, coordinator);
        assertThat(firstAfter.content()).isEqualTo(firstBefore);
        assertThat(offers.get(second, coordinator).content()).isEqualTo(secondBefore);
        assertThat(firstAfter.organisation()).isEqualTo(organisation.id());
    }
}
