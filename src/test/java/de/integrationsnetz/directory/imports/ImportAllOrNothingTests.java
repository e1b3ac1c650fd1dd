package de.integrationsnetz.directory.imports;

import static org.assertj.core.api.Assertions.assertThat;

import de.integrationsnetz.directory.OfferId;
import de.integrationsnetz.directory.location.LocationManagement;
import de.integrationsnetz.directory.offer.OfferContent;
import de.integrationsnetz.directory.offer.OfferFlags;
import de.integrationsnetz.directory.offer.OfferManagement;
import de.integrationsnetz.directory.offer.OfferStatus;
import de.integrationsnetz.directory.organisation.OrganisationManagement;
import de.integrationsnetz.directory.organisation.OrganisationRef;
import de.integrationsnetz.identity.CurrentUser;
import de.integrationsnetz.identity.account.AccountRepository;
import de.integrationsnetz.support.IntegrationTest;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A commit writes all rows or none: 2,000 valid rows pass the validation, then (as if another user was quicker) the
 * id of row 1,999 gets taken; the commit writes 1,998 rows, fails on row 1,999 and rolls back: zero rows of the job,
 * no organisation it would have created, the job FAILED with the row's problem as its report. Bautzen (14625).
 */
@IntegrationTest
class ImportAllOrNothingTests {

    @Autowired OfferImports imports;
    @Autowired ImportRunner runner;
    @Autowired OfferManagement offers;
    @Autowired JdbcTemplate jdbc;
    @Autowired AccountRepository accounts;
    @Autowired PasswordEncoder passwords;
    @Autowired UserDetailsService userDetails;
    @Autowired OrganisationManagement organisations;
    @Autowired LocationManagement locations;
    @Autowired TransactionTemplate transactions;

    @Test
    void aFailureInRow1999Of2000LeavesNoRowAndFailsTheJob() {
        ImportFixtures fixtures = new ImportFixtures(accounts, passwords, userDetails, organisations, locations,
                transactions, imports);
        CurrentUser coordinator = fixtures.coordinator();
        OrganisationRef existing = fixtures.organisation(ImportFixtures.unique("Großer Träger"), "Kornmarkt 2");
        String newOrganisation = ImportFixtures.unique("Neuer Träger aus dem Import");
        List<UUID> ids = new ArrayList<>();
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("id", "organisation_name", "name", "description", "street", "postal_code", "city",
                "free_of_charge"));
        for (int i = 1; i <= 2000; i++) {
            UUID id = UUID.randomUUID();
            ids.add(id);
            rows.add(List.of(id.toString(), i % 2 == 0 ? existing.name() : newOrganisation, "Angebot " + i,
                    "Beschreibung des Angebots " + i, "Kornmarkt " + (i % 7 + 1), "02625", "Bautzen", i % 3 == 0 ? "ja" : "nein"));
        }
        ImportJob validated = fixtures.uploadAndValidate(coordinator, "gross.csv",
                ImportFixtures.csv(rows, ';', StandardCharsets.UTF_8));
        assertThat(validated.status()).isEqualTo(ImportStatus.VALIDATED);
        assertThat(validated.totalRows()).isEqualTo(2000);

        UUID taken = ids.get(1998); // row 1,999 = line 2,000 of the file
        transactions.executeWithoutResult(status -> offers.register(OfferId.of(taken), existing.id(),
                new OfferContent("Schneller", "Jemand war schneller", null, null, null, null, null, null, null,
                        null, new OfferFlags(false, false, false, false, false, false, false, true), false, null, null,
                        null, null, null, List.of(), List.of(), List.of(), List.of(), List.of(), List.of()),
                OfferStatus.DRAFT, false, Instant.now()));

        assertThat(runner.commit(validated.id())).isEqualTo(ImportStatus.FAILED);

        ImportJob failed = imports.get(validated.id(), coordinator);
        assertThat(failed.status()).isEqualTo(ImportStatus.FAILED);
        assertThat(failed.createdOffers()).isZero();
        assertThat(jdbc.queryForObject("select count(*) from directory.offers where import_job_id = ?", Long.class,
                validated.id())).isZero();
        assertThat(jdbc.queryForObject("select count(*) from directory.offers where id = any(?)", Long.class,
                (Object) ids.toArray(UUID[]::new))).isEqualTo(1L);
        assertThat(jdbc.queryForObject("select count(*) from directory.organisations where name = ?", Long.class,
                newOrganisation)).isZero();
        assertThat(imports.problems(validated.id(), coordinator, 0, 10))
                .extracting(ImportProblem::line, ImportProblem::field, ImportProblem::code)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(2000, "id", "id-exists"));
    }

    @Test
    void aValidFileIsCommittedCompletelyWithItsOrganisationAndPlace() {
        ImportFixtures fixtures = new ImportFixtures(accounts, passwords, userDetails, organisations, locations,
                transactions, imports);
        CurrentUser coordinator = fixtures.coordinator();
        String organisation = ImportFixtures.unique("Initiative Neu");
        List<List<String>> rows = List.of(
                List.of("Organisation", "Titel", "Beschreibung", "Straße", "PLZ", "Ort", "Online"),
                List.of(organisation, "Nähcafé", "Gemeinsam nähen", "Wendischer Graben 3", "02625", "Bautzen", ""),
                List.of(organisation, "Online-Beratung", "Per Video", "", "", "", "ja"));
        ImportJob job = fixtures.uploadAndValidate(coordinator, "neu.csv",
                ImportFixtures.csv(rows, ';', StandardCharsets.UTF_8));
        assertThat(job.status()).isEqualTo(ImportStatus.VALIDATED);
        assertThat(runner.commit(job.id())).isEqualTo(ImportStatus.COMMITTED);
        ImportJob done = imports.get(job.id(), coordinator);
        assertThat(done.createdOffers()).isEqualTo(2);
        assertThat(done.createdOrganisations()).isEqualTo(1);
        assertThat(done.createdLocations()).isEqualTo(1);
        assertThat(jdbc.queryForList("select status from directory.offers where import_job_id = ?", String.class,
                job.id())).containsOnly("DRAFT").hasSize(2);
        assertThat(jdbc.queryForObject("select district_key from directory.organisations where name = ?",
                String.class, organisation)).isEqualTo("14625");
    }
}
