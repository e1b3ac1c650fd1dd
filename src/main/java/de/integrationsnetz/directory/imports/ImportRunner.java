package de.integrationsnetz.directory.imports;

import de.integrationsnetz.directory.common.PostalCodePlaces;
import de.integrationsnetz.directory.offer.OfferStatus;
import de.integrationsnetz.directory.search.SearchIndexMaintenance;
import jakarta.annotation.PreDestroy;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs the long steps of an import job: validation (every row, the report stored, VALIDATED or INVALID) and commit
 * (all rows in one transaction through {@link ImportWriter}, COMMITTED, or FAILED with nothing written; afterwards
 * the search index takes the job's offers). {@link #validate} and {@link #commit} run in the caller's thread (tests);
 * {@link #validateLater} and {@link #commitLater} hand them to a small executor
 * ({@code app.directory.import.threads}) so that the page can show the progress.
 */
@Component
public class ImportRunner {

    private static final Logger log = LoggerFactory.getLogger(ImportRunner.class);
    private static final ZoneId ZONE = ZoneId.of("Europe/Berlin");

    private final ImportJobRepository jobs;
    private final ImportStore store;
    private final ImportWriter writer;
    private final ImportVocabulary vocabulary;
    private final PostalCodePlaces places;
    private final EntityManager entityManager;
    private final SearchIndexMaintenance search;
    private final TransactionTemplate transactions;
    private final TransactionTemplate readOnly;
    private final Clock clock;
    private final ExecutorService executor;
    private final ImportTables tables;
    private final List<ImportChecks> checks;

    ImportRunner(ImportTables tables, ImportJobRepository jobs, ImportStore store, ImportWriter writer, ImportVocabulary vocabulary,
            PostalCodePlaces places, EntityManager entityManager, SearchIndexMaintenance search,
            PlatformTransactionManager transactionManager, ImportProperties properties, Clock clock,
            List<ImportChecks> checks) {
        this.checks = checks;
        this.tables = tables;
        this.jobs = jobs;
        this.store = store;
        this.writer = writer;
        this.vocabulary = vocabulary;
        this.places = places;
        this.entityManager = entityManager;
        this.search = search;
        this.transactions = new TransactionTemplate(transactionManager);
        this.readOnly = new TransactionTemplate(transactionManager);
        this.readOnly.setReadOnly(true);
        this.clock = clock;
        AtomicInteger count = new AtomicInteger();
        this.executor = Executors.newFixedThreadPool(Math.max(1, properties.threads()), task -> {
            Thread thread = new Thread(task, "directory-import-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    @PreDestroy
    void stop() {
        executor.shutdownNow();
    }

    /** Validation in the background, as the current user (the audit trail names them). */
    public void validateLater(UUID job) {
        executor.execute(new DelegatingSecurityContextRunnable(() -> validate(job)));
    }

    /** Commit in the background, as the current user. */
    public void commitLater(UUID job) {
        executor.execute(new DelegatingSecurityContextRunnable(() -> commit(job)));
    }

    /** Checks every row of a MAPPED job and stores the report: VALIDATED without errors, else INVALID. */
    public ImportStatus validate(UUID id) {
        ImportJob job = transactions.execute(status -> {
            ImportJob found = jobs.findById(id).orElseThrow();
            found.startValidation(clock.instant());
            return found;
        });
        try {
            long started = System.nanoTime();
            long cpuStarted = ImportWriter.cpuNanos();
            Table table = table(job);
            ImportVocabulary.Snapshot words = vocabulary.snapshot(job.district());
            List<ImportProblem> problems = readOnly.execute(status -> check(job, table, words));
            log.info("Import job {} validated: {} rows in {} ms, {} ms CPU of this thread", id, table.rows().size(),
                    (System.nanoTime() - started) / 1_000_000, (ImportWriter.cpuNanos() - cpuStarted) / 1_000_000);
            return transactions.execute(status -> {
                store.replaceProblems(id, problems);
                ImportJob found = jobs.findById(id).orElseThrow();
                int errors = RowResolver.errors(problems);
                found.validated(errors, problems.size() - errors, clock.instant());
                return found.status();
            });
        } catch (RuntimeException broken) {
            log.warn("Validation of import job {} failed", id, broken);
            return fail(id, "validation: " + broken.getMessage(), List.of());
        }
    }

    private List<ImportProblem> check(ImportJob job, Table table, ImportVocabulary.Snapshot words) {
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, ZONE);
        OfferRowParser parser = new OfferRowParser(job.mapping(), words, job.organisation().isPresent());
        RowResolver resolver = new RowResolver(entityManager, places, job, true);
        List<ImportProblem> problems = new ArrayList<>();
        ImportProgress progress = new ImportProgress(store, job.id());
        int done = 0;
        List<ImportRow> rows = table.rows().stream().map(parser::parse).toList();
        resolver.prefetchOfferIds(rows);
        for (ImportRow row : rows) {
            List<ImportProblem> rowProblems = new ArrayList<>(row.problems());
            resolver.check(row, rowProblems, now, today);
            problems.addAll(rowProblems);
            progress.rowsDone(++done);
        }
        checks.forEach(extra -> problems.addAll(extra.check(job, table)));
        return RowResolver.sorted(problems);
    }

    /**
     * Writes all rows of a VALIDATED job, or none: COMMITTED, or FAILED with the failing row's problems as the report.
     */
    public ImportStatus commit(UUID id) {
        ImportJob job = transactions.execute(status -> {
            ImportJob found = jobs.findById(id).orElseThrow();
            found.startCommit(clock.instant());
            return found;
        });
        try {
            Table table = table(job);
            ImportWriter.Written written = writer.write(id, table, vocabulary.snapshot(job.district()));
            log.info("Import job {} committed: {} offers, {} organisations, {} locations", id, written.offers(),
                    written.organisations(), written.locations());
        } catch (ImportRowsFailed failed) {
            log.info("Import job {} rolled back: {}", id, failed.getMessage());
            return fail(id, "line " + failed.line(), failed.problems());
        } catch (RuntimeException broken) {
            log.warn("Import job {} rolled back", id, broken);
            return fail(id, String.valueOf(broken.getMessage()), List.of());
        }
        try {
            // Only published offers are in the search index (PublishedOnlyRoutingBinder); an import writes drafts and
            // offers in review, so there is usually nothing to index. A supplement may have published some.
            if (hasPublishedOffers(id)) {
                search.reindexImport(id);
            }
        } catch (RuntimeException indexing) {
            // The offers are committed; the nightly reconciler indexes them if this fails.
            log.warn("Indexing the offers of import job {} failed", id, indexing);
        }
        return ImportStatus.COMMITTED;
    }

    private boolean hasPublishedOffers(UUID job) {
        return Boolean.TRUE.equals(readOnly.execute(status -> !entityManager.createQuery(
                        "select o.id from Offer o where o.importJobId = :job and o.status = :published", UUID.class)
                .setParameter("job", job).setParameter("published", OfferStatus.PUBLISHED).setMaxResults(1)
                .getResultList().isEmpty()));
    }

    private ImportStatus fail(UUID id, String why, List<ImportProblem> problems) {
        return transactions.execute(status -> {
            ImportJob found = jobs.findById(id).orElseThrow();
            if (!problems.isEmpty()) {
                store.replaceProblems(id, problems);
            }
            found.failed(why, RowResolver.errors(problems), clock.instant());
            return found.status();
        });
    }

    private Table table(ImportJob job) {
        return tables.read(job.id(), job.kind(), store);
    }
}
