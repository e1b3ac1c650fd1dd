package de.integrationsnetz.directory.search;

import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.hibernate.search.mapper.pojo.massindexing.DefaultMassIndexingMonitor;
import org.hibernate.search.mapper.pojo.massindexing.MassIndexingMonitor;
import org.hibernate.search.mapper.pojo.massindexing.MassIndexingTypeGroupMonitor;
import org.hibernate.search.mapper.pojo.massindexing.MassIndexingTypeGroupMonitorContext;
import org.hibernate.search.mapper.pojo.massindexing.MassIndexingTypeGroupMonitorCreateContext;
import org.jspecify.annotations.Nullable;

/**
 * Follows one mass indexing run for the operator page: the total once the ids are counted, the documents written so
 * far. Also logs through Hibernate Search's default monitor. Thread-safe, as the mass indexer requires.
 */
final class RebuildMonitor implements MassIndexingMonitor {

    private final MassIndexingMonitor log = DefaultMassIndexingMonitor.builder().build();
    private final RebuildReason reason;
    private final Instant startedAt;
    private final AtomicLong total = new AtomicLong(-1);
    private final AtomicLong indexed = new AtomicLong();
    private final AtomicReference<@Nullable Instant> finishedAt = new AtomicReference<>();
    private final AtomicReference<@Nullable String> failure = new AtomicReference<>();

    RebuildMonitor(RebuildReason reason, Clock clock) {
        this.reason = reason;
        this.startedAt = clock.instant();
    }

    RebuildProgress progress() {
        long known = total.get();
        return new RebuildProgress(finishedAt.get() == null, reason, startedAt, known < 0 ? null : known,
                indexed.get(), finishedAt.get(), failure.get());
    }

    Instant startedAt() {
        return startedAt;
    }

    void finished(Instant at, @Nullable String failureMessage) {
        failure.set(failureMessage);
        finishedAt.set(at);
    }

    @Override
    public MassIndexingTypeGroupMonitor typeGroupMonitor(MassIndexingTypeGroupMonitorCreateContext context) {
        MassIndexingTypeGroupMonitor logging = log.typeGroupMonitor(context);
        return new MassIndexingTypeGroupMonitor() {
            @Override
            public void indexingStarted(MassIndexingTypeGroupMonitorContext started) {
                started.totalCount().ifPresent(count -> total.updateAndGet(t -> Math.max(t, 0) + count));
                logging.indexingStarted(started);
            }

            @Override
            public void documentsIndexed(long count) {
                logging.documentsIndexed(count);
            }

            @Override
            public void indexingCompleted(MassIndexingTypeGroupMonitorContext completed) {
                logging.indexingCompleted(completed);
            }
        };
    }

    @Override
    public void documentsAdded(long increment) {
        indexed.addAndGet(increment);
        log.documentsAdded(increment);
    }

    @Override
    public void documentsBuilt(long increment) {
        log.documentsBuilt(increment);
    }

    @Override
    public void entitiesLoaded(long increment) {
        log.entitiesLoaded(increment);
    }

    @Override
    public void addToTotalCount(long increment) {
        log.addToTotalCount(increment);
    }

    @Override
    public void indexingCompleted() {
        log.indexingCompleted();
    }
}
