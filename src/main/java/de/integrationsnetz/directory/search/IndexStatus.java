package de.integrationsnetz.directory.search;

import java.util.Optional;
import java.util.UUID;

/**
 * The offer index as the operator page shows it.
 *
 * @param documents documents in the index now (one per published offer)
 * @param publishedOffers published offers in the database now; differs from {@code documents} while a rebuild runs
 *     or when the index fell out of step (then rebuild)
 * @param indexEpoch the epoch in the index directory; empty for an in-memory index or one never rebuilt
 * @param lastRebuild the last rebuild recorded in the database
 * @param progress the rebuild running in this application instance, or the last one
 * @param location where the index lives (“memory” for a heap index)
 * @param sizeBytes the index's size on disk or in memory, when the backend knows it
 */
public record IndexStatus(long documents, long publishedOffers, Optional<UUID> indexEpoch,
        Optional<LastRebuild> lastRebuild, RebuildProgress progress, String location, Optional<Long> sizeBytes) {

    /** Whether index and database count the same published offers. */
    public boolean inStep() {
        return documents == publishedOffers;
    }
}
