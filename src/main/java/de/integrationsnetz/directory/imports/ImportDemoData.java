package de.integrationsnetz.directory.imports;

import de.integrationsnetz.directory.OrganisationId;
import de.integrationsnetz.directory.demo.DirectoryDemoIds;
import de.integrationsnetz.directory.offer.OfferStatus;
import de.integrationsnetz.shared.DistrictKey;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.util.HexFormat;
import java.util.UUID;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * One finished demo import per demo district (docs/directory.md §9.1), for the route rules and to show the report:
 * a small CSV of the district's first demo organisation with one good and one bad row, validated (INVALID).
 */
@Component
@ConditionalOnBooleanProperty("app.demo.enabled")
@Order(45)
public class ImportDemoData implements ApplicationRunner {

    /** The demo job of Mittelsachsen, for the demo organisation (so the demo provider may open it). */
    public static final UUID MS_DEMO_JOB = UUID.nameUUIDFromBytes("integrationsnetz:demo:import:14522:1".getBytes());
    /** The demo job of Sächsische Schweiz-Osterzgebirge. */
    public static final UUID SOE_DEMO_JOB = UUID.nameUUIDFromBytes("integrationsnetz:demo:import:14628:1".getBytes());

    private static final String CSV = """
            Angebot;Beschreibung;Straße;PLZ;Ort;Kategorien;kostenlos
            Sprachcafé am Abend (Demo-Import);Treffpunkt zum Deutschsprechen, jeden Donnerstag.;Markt 1;%s;%s;spracherwerb.sprachcafe;ja
            Bewerbungstraining (Demo-Import);Hilfe bei Lebenslauf und Anschreiben.;Markt 1;123;%s;arbeit-unbekannt;vielleicht
            """;

    private final ImportJobRepository jobs;
    private final ImportStore store;
    private final ImportRunner runner;
    private final TransactionTemplate transactions;
    private final Clock clock;

    ImportDemoData(ImportJobRepository jobs, ImportStore store, ImportRunner runner,
            PlatformTransactionManager transactionManager, Clock clock) {
        this.jobs = jobs;
        this.store = store;
        this.runner = runner;
        this.transactions = new TransactionTemplate(transactionManager);
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) throws Exception {
        create(MS_DEMO_JOB, DirectoryDemoIds.MITTELSACHSEN, DirectoryDemoIds.MS_DEMO_ORGANISATION, "09599",
                "Freiberg");
        create(SOE_DEMO_JOB, DirectoryDemoIds.SAECHSISCHE_SCHWEIZ, DirectoryDemoIds.SOE_ORGANISATION, "01796",
                "Pirna");
    }

    private void create(UUID id, DistrictKey district, OrganisationId organisation, String postalCode, String city)
            throws Exception {
        if (jobs.existsById(id)) {
            return;
        }
        byte[] content = CSV.formatted(postalCode, city, city).getBytes(StandardCharsets.UTF_8);
        String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        Table table = TableReader.read(FileKind.CSV, content);
        transactions.executeWithoutResult(status -> {
            ImportJob job = new ImportJob(id, district, organisation, FileKind.CSV, "demo-import.csv",
                    content.length, sha, table.rows().size(), ColumnMapping.auto(table.headers()).format(), null,
                    "system", clock.instant(), true);
            job.map(ColumnMapping.auto(table.headers()).format(), OfferStatus.DRAFT, false, clock.instant());
            jobs.saveAndFlush(job);
            store.saveFile(id, content, clock.instant());
        });
        runner.validate(id);
    }
}
