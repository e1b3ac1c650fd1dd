package de.integrationsnetz.directory.search;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.UUID;

/**
 * A rebuild of the search index that finished.
 *
 * @param epoch the identity of the index it produced (also in the index directory's {@code EPOCH} file)
 * @param documents documents in the index afterwards
 */
public record LastRebuild(UUID epoch, Instant at, long documents, Duration duration, RebuildReason reason) {

    /** When it finished, in German local time (for pages). */
    public LocalDateTime localTime() {
        return LocalDateTime.ofInstant(at, ZoneId.of("Europe/Berlin"));
    }
}
