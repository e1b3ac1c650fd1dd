package de.integrationsnetz.directory.imports;

import java.util.UUID;

/**
 * Reports how many rows of a running job are done, at most twice a second: every report is a small transaction of
 * its own ({@link ImportStore#progress}), which a fixed "every n rows" made cost more than the rows themselves on a
 * busy machine. The job page polls once a second.
 */
final class ImportProgress {

    private static final long EVERY_NANOS = 500_000_000L;

    private final ImportStore store;
    private final UUID job;
    private long last = System.nanoTime();

    ImportProgress(ImportStore store, UUID job) {
        this.store = store;
        this.job = job;
    }

    void rowsDone(int rows) {
        long now = System.nanoTime();
        if (now - last >= EVERY_NANOS) {
            store.progress(job, rows);
            last = now;
        }
    }
}
