package de.integrationsnetz.directory.imports;

import static org.assertj.core.api.Assertions.assertThat;

import de.integrationsnetz.directory.location.LocationManagement;
import de.integrationsnetz.directory.offer.OfferStatus;
import de.integrationsnetz.directory.organisation.OrganisationManagement;
import de.integrationsnetz.directory.organisation.OrganisationRef;
import de.integrationsnetz.identity.CurrentUser;
import de.integrationsnetz.identity.account.AccountRepository;
import de.integrationsnetz.support.IntegrationTest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The import rate: a generated CSV of {@code benchmark.import.rows} (default 5,000) offers for one organisation in
 * Bautzen, uploaded, validated and committed through {@link OfferImports} and {@link ImportRunner}; prints offers per
 * second for each step and end to end (target ≥ 2,000 offers/s). Not part of the normal build (tag benchmark):
 * {@code ./mvnw -B -o -Pbenchmark test -Dtest=ImportRateBenchmarkTests}.
 */
@IntegrationTest
@Tag("benchmark")
class ImportRateBenchmarkTests {

    @Autowired OfferImports imports;
    @Autowired ImportRunner runner;
    @Autowired AccountRepository accounts;
    @Autowired PasswordEncoder passwords;
    @Autowired UserDetailsService userDetails;
    @Autowired OrganisationManagement organisations;
    @Autowired LocationManagement locations;
    @Autowired TransactionTemplate transactions;

    @Test
    void importsAGeneratedCsvAndPrintsOffersPerSecond() {
        int count = Integer.getInteger("benchmark.import.rows", 5_000);
        ImportFixtures fixtures = new ImportFixtures(accounts, passwords, userDetails, organisations, locations,
                transactions, imports);
        CurrentUser coordinator = fixtures.coordinator();
        OrganisationRef organisation = fixtures.organisation(ImportFixtures.unique("Benchmark-Verein"),
                "Wendischer Graben 3");
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("Träger", "Angebot", "Beschreibung", "Straße", "PLZ", "Ort", "Kategorien", "Sprachen",
                "kostenlos", "Gültig ab"));
        for (int i = 1; i <= count; i++) {
            rows.add(List.of(organisation.name(), "Benchmark-Angebot " + i,
                    "Ein erzeugtes Angebot zum Messen der Importgeschwindigkeit, Nummer " + i + ".",
                    "Wendischer Graben 3", "02625", "Bautzen", "spracherwerb.sprachcafe", "de|ar|uk",
                    i % 2 == 0 ? "ja" : "nein", "01.02.2026"));
        }
        byte[] csv = ImportFixtures.csv(rows, ';', StandardCharsets.UTF_8);

        long start = System.nanoTime();
        UUID id = imports.upload(coordinator, "benchmark.csv", csv);
        long uploaded = System.nanoTime();
        ImportJob job = imports.get(id, coordinator);
        assertThat(imports.map(id, coordinator, job.mapping(), OfferStatus.DRAFT, false)).isEmpty();
        assertThat(fixtures.awaitFinished(id, coordinator).status()).isEqualTo(ImportStatus.VALIDATED);
        long validated = System.nanoTime();
        assertThat(runner.commit(id)).isEqualTo(ImportStatus.COMMITTED);
        long committed = System.nanoTime();
        assertThat(imports.get(id, coordinator).createdOffers()).isEqualTo(count);

        System.out.println(String.format(Locale.ROOT,
                "IMPORT-BENCHMARK rows=%d upload=%.2fs (%.0f/s) validate=%.2fs (%.0f/s) commit=%.2fs (%.0f/s) "
                        + "total=%.2fs (%.0f offers/s) loadavg=%s",
                count, seconds(start, uploaded), count / seconds(start, uploaded), seconds(uploaded, validated),
                count / seconds(uploaded, validated), seconds(validated, committed),
                count / seconds(validated, committed), seconds(start, committed), count / seconds(start, committed),
                loadAverage()));
    }

    /** The machine is shared: the load average (1, 5, 15 minutes) says how much of it the run had. */
    private static String loadAverage() {
        try {
            String[] parts = java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg")).split(" ");
            return parts[0] + "/" + parts[1] + "/" + parts[2];
        } catch (java.io.IOException | RuntimeException unknown) {
            return "?";
        }
    }

    private static double seconds(long from, long to) {
        return (to - from) / 1e9;
    }
}
