package de.integrationsnetz.directory.search;

import de.integrationsnetz.directory.offer.Offer;
import de.integrationsnetz.directory.offer.OfferStatus;
import jakarta.annotation.PreDestroy;
import jakarta.persistence.EntityManagerFactory;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.hibernate.Session;
import org.hibernate.SessionFactory;
import org.hibernate.search.backend.lucene.index.LuceneIndexManager;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.mapping.SearchMapping;
import org.hibernate.search.mapper.orm.massindexing.MassIndexer;
import org.hibernate.search.mapper.orm.work.SearchIndexingPlan;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Keeps the offer index in step with the database beyond automatic indexing (docs/directory.md §4.7): full rebuilds
 * (on demand from the operator page, or at start by {@link SearchIndexBootstrap}) with progress, the index's status,
 * and indexing the offers of an import, which bypasses Hibernate.
 *
 * <p>A rebuild runs on its own thread, one at a time per application instance; the mass indexer purges the index and
 * loads the published offers with two threads. Searches during a rebuild see an incomplete index ({@link
 * #isRebuilding()} lets the finder say so). After success the new epoch goes to the database and the index directory.
 */
@Service
public class SearchIndexMaintenance {

    private static final Logger log = LoggerFactory.getLogger(SearchIndexMaintenance.class);
    private static final int IMPORT_BATCH = 200;

    private final SessionFactory sessionFactory;
    private final SearchProperties properties;
    private final SearchIndexStateStore state;
    private final JdbcClient jdbc;
    private final Clock clock;
    private final ExecutorService executor = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "search-index-rebuild");
        thread.setDaemon(true);
        return thread;
    });
    private final Object lock = new Object();
    private @Nullable RebuildMonitor monitor;
    private @Nullable CompletableFuture<LastRebuild> running;

    SearchIndexMaintenance(EntityManagerFactory entityManagerFactory, SearchProperties properties,
            SearchIndexStateStore state, JdbcClient jdbc, Clock clock) {
        this.sessionFactory = entityManagerFactory.unwrap(SessionFactory.class);
        this.properties = properties;
        this.state = state;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The index's state for the operator page. */
    public IndexStatus status() {
        SearchMapping mapping = Search.mapping(sessionFactory);
        Optional<Long> size = Optional.empty();
        try {
            size = Optional.of(mapping.indexManager(OfferFields.INDEX).unwrap(LuceneIndexManager.class)
                    .computeSizeInBytes());
        } catch (RuntimeException e) {
            log.debug("Index size unknown", e);
        }
        return new IndexStatus(indexedDocuments(), publishedOffers(),
                properties.persistent() ? epochFile().read() : Optional.empty(), state.lastRebuild(), progress(),
                properties.persistent() ? properties.root().toAbsolutePath().toString() : "memory", size);
    }

    /** The running rebuild, or the last one of this instance. */
    public RebuildProgress progress() {
        synchronized (lock) {
            return monitor == null ? RebuildProgress.NONE : monitor.progress();
        }
    }

    public boolean isRebuilding() {
        return progress().running();
    }

    /**
     * Starts a full rebuild in the background, unless one is running already; then that one is returned.
     *
     * @return completes when the rebuild has finished (exceptionally if it failed)
     */
    public CompletableFuture<LastRebuild> rebuild(RebuildReason reason) {
        synchronized (lock) {
            if (running != null && !running.isDone()) {
                return running;
            }
            RebuildMonitor started = new RebuildMonitor(reason, clock);
            monitor = started;
            running = CompletableFuture.supplyAsync(() -> runRebuild(started, reason), executor);
            return running;
        }
    }

    private LastRebuild runRebuild(RebuildMonitor progress, RebuildReason reason) {
        log.info("Rebuilding the offer search index ({})", reason);
        try {
            MassIndexer indexer = Search.mapping(sessionFactory).scope(Offer.class).massIndexer()
                    .threadsToLoadObjects(2)
                    .batchSizeToLoadObjects(200)
                    .idFetchSize(1000)
                    .mergeSegmentsOnFinish(true)
                    .monitor(progress);
            indexer.type(Offer.class).reindexOnly("e.status = :status").param("status", OfferStatus.PUBLISHED);
            indexer.startAndWait();
            Instant finished = clock.instant();
            LastRebuild rebuild = new LastRebuild(UUID.randomUUID(), finished, indexedDocuments(),
                    Duration.between(progress.startedAt(), finished), reason);
            state.record(rebuild);
            if (properties.persistent()) {
                epochFile().write(rebuild.epoch());
            }
            IndexChanges.changed();
            progress.finished(finished, null);
            log.info("Offer search index rebuilt: {} documents in {} ms", rebuild.documents(),
                    rebuild.duration().toMillis());
            return rebuild;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            progress.finished(clock.instant(), "interrupted");
            throw new IllegalStateException("The search index rebuild was interrupted", e);
        } catch (RuntimeException e) {
            log.error("Rebuilding the offer search index failed", e);
            progress.finished(clock.instant(), e.getClass().getSimpleName() + ": " + e.getMessage());
            IndexChanges.changed();
            throw e;
        }
    }

    /**
     * Indexes the offers an import wrote (which bypasses Hibernate and so automatic indexing): adds the published ones,
     * removes any others. Idempotent, so a repeated call does no harm; runs in the caller's thread after the import's
     * transaction committed.
     *
     * @return how many offers of the job were processed
     */
    public long reindexImport(UUID importJobId) {
        long processed = reindexWhere("o.importJobId = :value", importJobId);
        log.info("Indexed {} offers of import job {}", processed, importJobId);
        return processed;
    }

    /**
     * Indexes again every offer changed since the given time (the nightly {@link SearchIndexReconciler}): repairs index
     * writes lost in a crash between a database commit and the index write. Idempotent.
     *
     * @return how many offers were processed
     */
    public long reindexChangedSince(Instant since) {
        long processed = reindexWhere("o.updatedAt >= :value", since);
        log.info("Re-indexed {} offers changed since {}", processed, since);
        return processed;
    }

    /**
     * Adds or updates (or removes, if not published) the documents of the offers matching an HQL condition on
     * {@code o}, in batches, with an explicit indexing plan. Not the mass indexer: it only adds documents and so would
     * duplicate those that exist already.
     */
    private long reindexWhere(String condition, Object value) {
        long processed = 0;
        try (Session session = sessionFactory.openSession()) {
            List<UUID> ids = session.createSelectionQuery(
                            "select o.id from Offer o where " + condition + " order by o.id", UUID.class)
                    .setParameter("value", value).getResultList();
            SearchIndexingPlan plan = Search.session(session).indexingPlan();
            for (int from = 0; from < ids.size(); from += IMPORT_BATCH) {
                List<UUID> batch = ids.subList(from, Math.min(ids.size(), from + IMPORT_BATCH));
                session.getTransaction().begin();
                try {
                    for (Offer offer : session.findMultiple(Offer.class, batch)) {
                        if (offer != null) {
                            plan.addOrUpdate(offer);
                            processed++;
                        }
                    }
                    plan.execute();
                    session.getTransaction().commit();
                } catch (RuntimeException e) {
                    session.getTransaction().rollback();
                    throw e;
                } finally {
                    session.clear();
                }
            }
        }
        IndexChanges.changed();
        return processed;
    }

    /** Documents in the offer index now. */
    public long indexedDocuments() {
        try (Session session = sessionFactory.openSession()) {
            return Search.session(session).search(Offer.class).where(f -> f.matchAll()).fetchTotalHitCount();
        }
    }

    long publishedOffers() {
        return jdbc.sql("select count(*) from directory.offers where status = 'PUBLISHED'").query(Long.class)
                .single();
    }

    EpochFile epochFile() {
        return new EpochFile(properties.root().toAbsolutePath());
    }

    SearchProperties properties() {
        return properties;
    }

    Optional<UUID> databaseEpoch() {
        return state.lastRebuild().map(LastRebuild::epoch);
    }

    @PreDestroy
    void stop() {
        executor.shutdownNow();
    }
}
