package de.integrationsnetz.directory.search;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * Where the current (or the last) rebuild of the search index in this application instance stands.
 *
 * @param running whether a rebuild is running now
 * @param reason why it runs (or ran); {@code null} before the first rebuild of this instance
 * @param startedAt when it started; {@code null} before the first rebuild
 * @param total how many offers it will index, once known
 * @param indexed how many documents it has written so far
 * @param finishedAt when it ended, successfully or not; {@code null} while running
 * @param failure why it failed (technical, for operators); {@code null} unless it failed
 */
public record RebuildProgress(boolean running, @Nullable RebuildReason reason, @Nullable Instant startedAt,
        @Nullable Long total, long indexed, @Nullable Instant finishedAt, @Nullable String failure) {

    static final RebuildProgress NONE = new RebuildProgress(false, null, null, null, 0, null, null);

    /** Percent done (0–100), or {@code null} while the total is unknown. */
    public @Nullable Integer percent() {
        if (total == null) {
            return null;
        }
        if (total == 0) {
            return running ? 0 : 100;
        }
        return (int) Math.min(100, indexed * 100 / total);
    }

    public boolean failed() {
        return failure != null;
    }
}
