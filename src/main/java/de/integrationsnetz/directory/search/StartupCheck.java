package de.integrationsnetz.directory.search;

import de.integrationsnetz.directory.search.SearchProperties.RebuildOnStart;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Decides at start whether the index must be rebuilt (docs/directory.md §4.7): when it is missing, belongs to another
 * database (epochs differ), is empty while offers are published, or counts another number of published offers than
 * the database (every published offer has exactly one document). Pure: everything it looks at is passed in, so that
 * {@code SearchIndexStateTests} can check every case.
 *
 * @param mode the configured {@code rebuild-on-start}
 * @param persistent whether the index lives on disk; an in-memory index is only checked for being empty
 * @param indexEpoch the epoch in the index directory's {@code EPOCH} file
 * @param databaseEpoch the epoch of the last rebuild recorded in the database
 * @param indexedDocuments documents in the index now
 * @param publishedOffers published offers in the database now
 */
record StartupCheck(RebuildOnStart mode, boolean persistent, Optional<UUID> indexEpoch, Optional<UUID> databaseEpoch,
        long indexedDocuments, long publishedOffers) {

    /** Why a rebuild is needed, or null when the index can be used as it is. */
    @Nullable RebuildReason rebuildReason() {
        switch (mode) {
            case NEVER:
                return null;
            case ALWAYS:
                return RebuildReason.ALWAYS_ON_START;
            default:
                break;
        }
        if (persistent) {
            if (indexEpoch.isEmpty()) {
                return RebuildReason.INDEX_WITHOUT_EPOCH;
            }
            if (databaseEpoch.isEmpty()) {
                return RebuildReason.DATABASE_WITHOUT_EPOCH;
            }
            if (!indexEpoch.equals(databaseEpoch)) {
                return RebuildReason.EPOCH_MISMATCH;
            }
        }
        if (indexedDocuments == 0 && publishedOffers > 0) {
            return RebuildReason.INDEX_EMPTY;
        }
        if (indexedDocuments != publishedOffers) {
            return RebuildReason.INDEX_OUT_OF_STEP;
        }
        return null;
    }
}
