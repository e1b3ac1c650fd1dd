package de.integrationsnetz.directory.search;

import java.util.concurrent.atomic.AtomicLong;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * A counter that moves whenever the offer index may have changed: after a transaction that (re)indexed an offer
 * commits, after a rebuild and after an import was indexed. Caches of search results key on it, so that a cached
 * facet count is never served after the index changed. One counter per JVM, which is the scope of a local index.
 */
final class IndexChanges {

    private static final AtomicLong GENERATION = new AtomicLong();
    /** One instance: Spring keeps a transaction's synchronizations in a set, so it runs once per transaction. */
    private static final TransactionSynchronization AFTER_COMPLETION = new TransactionSynchronization() {
        @Override
        public void afterCompletion(int status) {
            changed();
        }
    };

    private IndexChanges() {}

    static long generation() {
        return GENERATION.get();
    }

    /** The index changed (or is about to, outside a transaction). */
    static void changed() {
        GENERATION.incrementAndGet();
    }

    /**
     * An offer is being indexed in the current transaction: count the change once the transaction has completed (the
     * index is written during the commit, before Spring's after-completion callbacks run).
     */
    static void changing() {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(AFTER_COMPLETION);
        } else {
            changed();
        }
    }
}
