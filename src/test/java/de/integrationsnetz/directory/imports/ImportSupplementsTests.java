package de.integrationsnetz.directory.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.integrationsnetz.directory.OfferId;
import de.integrationsnetz.directory.common.PostalCodePlaces;
import de.integrationsnetz.directory.location.LocationManagement;
import de.integrationsnetz.directory.organisation.OrganisationManagement;
import de.integrationsnetz.directory.organisation.OrganisationRef;
import de.integrationsnetz.identity.CurrentUser;
import de.integrationsnetz.identity.account.AccountRepository;
import de.integrationsnetz.support.IntegrationTest;
import jakarta.persistence.EntityManager;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The seam for supplementary data ({@link ImportSupplements}): called once at the end of the write, inside its
 * transaction, with every offer already in the database and the offer of each line; a supplement that fails rolls the
 * whole job back. The writer is built here with a supplement (the application has none), so that the shared test
 * context stays as it is. Bautzen (14625).
 */
@IntegrationTest
class ImportSupplementsTests {

    @Autowired OfferImports imports;
    @Autowired ImportJobRepository jobs;
    @Autowired ImportStore store;
    @Autowired ImportTables tables;
    @Autowired ImportVocabulary vocabulary;
    @Autowired PostalCodePlaces places;
    @Autowired ApplicationEventPublisher events;
    @Autowired Clock clock;
    @Autowired EntityManager entityManager;
    @Autowired JdbcTemplate jdbc;
    @Autowired AccountRepository accounts;
    @Autowired PasswordEncoder passwords;
    @Autowired UserDetailsService userDetails;
    @Autowired OrganisationManagement organisations;
    @Autowired LocationManagement locations;
    @Autowired TransactionTemplate transactions;

    @Test
    void supplementsSeeEveryWrittenOfferInTheWriteTransactionAndTheirFailureRollsTheJobBack() {
        ImportFixtures fixtures = new ImportFixtures(accounts, passwords, userDetails, organisations, locations,
                transactions, imports);
        CurrentUser coordinator = fixtures.coordinator();
        OrganisationRef organisation = fixtures.organisation(ImportFixtures.unique("Ergänzungsverein"), "Lauengraben 1");

        Map<Integer, OfferId> seen = new HashMap<>();
        List<Integer> visibleInTransaction = new ArrayList<>();
        ImportSupplements recording = (job, table, offersByLine) -> {
            seen.putAll(offersByLine);
            visibleInTransaction.add(jdbc.queryForObject(
                    "select count(*) from directory.offers where import_job_id = ?", Integer.class, job.id()));
        };
        ImportJob good = committing(fixtures, coordinator, organisation);
        Table table = table(good);
        ImportWriter.Written written = transactions.execute(status -> writer(recording).write(good.id(), table,
                vocabulary.snapshot(good.district())));

        assertThat(written.offers()).isEqualTo(2);
        assertThat(visibleInTransaction).containsExactly(2);
        assertThat(seen).containsOnlyKeys(2, 3);
        assertThat(jdbc.queryForList("select id from directory.offers where import_job_id = ?", UUID.class,
                good.id())).containsExactlyInAnyOrderElementsOf(seen.values().stream().map(OfferId::value).toList());

        ImportSupplements failing = (job, rows, offersByLine) -> {
            throw new ImportRowsFailed(3, List.of(new ImportProblem(3, "row", "invalid-value", "Zeitplan", false)));
        };
        ImportJob bad = committing(fixtures, coordinator, organisation);
        assertThatThrownBy(() -> transactions.execute(status -> writer(failing).write(bad.id(), table(bad),
                vocabulary.snapshot(bad.district())))).isInstanceOf(ImportRowsFailed.class)
                .satisfies(thrown -> assertThat(((ImportRowsFailed) thrown).line()).isEqualTo(3));
        assertThat(jdbc.queryForObject("select count(*) from directory.offers where import_job_id = ?",
                Integer.class, bad.id())).isZero();
        assertThat(jdbc.queryForObject("select status from directory.import_jobs where id = ?", String.class,
                bad.id())).isEqualTo("COMMITTING");
        transactions.executeWithoutResult(status -> jobs.findById(bad.id()).orElseThrow()
                .failed("line 3", 1, clock.instant()));
    }

    private ImportJob committing(ImportFixtures fixtures, CurrentUser coordinator, OrganisationRef organisation) {
        List<List<String>> rows = List.of(List.of("organisation_name", "name", "description", "street",
                        "postal_code", "city"),
                List.of(organisation.name(), ImportFixtures.unique("Erstes"), "Eins", "Lauengraben 1", "02625",
                        "Bautzen"),
                List.of(organisation.name(), ImportFixtures.unique("Zweites"), "Zwei", "Lauengraben 1", "02625",
                        "Bautzen"));
        ImportJob job = fixtures.uploadAndValidate(coordinator, "ergaenzt.csv",
                ImportFixtures.csv(rows, ';', StandardCharsets.UTF_8));
        assertThat(job.status()).isEqualTo(ImportStatus.VALIDATED);
        return transactions.execute(status -> {
            ImportJob found = jobs.findById(job.id()).orElseThrow();
            found.startCommit(clock.instant());
            return found;
        });
    }

    private Table table(ImportJob job) {
        return tables.read(job.kind(), store.file(job.id()).orElseThrow());
    }

    private ImportWriter writer(ImportSupplements supplement) {
        return new ImportWriter(entityManager, organisations, locations, places, store, events, clock,
                List.of(supplement));
    }
}
