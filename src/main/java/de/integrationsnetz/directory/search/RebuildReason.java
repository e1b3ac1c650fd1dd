package de.integrationsnetz.directory.search;

/** Why the search index is (or was) rebuilt; shown on the operator page and stored with the rebuild. */
public enum RebuildReason {
    /** An operator asked for it. */
    MANUAL,
    /** {@code app.directory.search.rebuild-on-start=always}. */
    ALWAYS_ON_START,
    /** The index directory has no epoch: a new, deleted or foreign index. */
    INDEX_WITHOUT_EPOCH,
    /** The database has no finished rebuild: a new database, or one restored from elsewhere without its state. */
    DATABASE_WITHOUT_EPOCH,
    /** Index and database carry different epochs: one of them was restored or replaced without the other. */
    EPOCH_MISMATCH,
    /** The index holds no documents although offers are published. */
    INDEX_EMPTY,
    /**
     * Index and database count different numbers of published offers: a database restored over a running system
     * (same epoch, other content), or index writes lost in a crash.
     */
    INDEX_OUT_OF_STEP
}
