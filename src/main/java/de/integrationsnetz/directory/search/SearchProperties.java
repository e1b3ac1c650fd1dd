package de.integrationsnetz.directory.search;

import java.nio.file.Path;
import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Settings of the offer search ({@code app.directory.search.*}); {@link SearchConfiguration} maps them onto
 * {@code hibernate.search.*}. Anything set under {@code spring.jpa.properties.hibernate.search.*} wins.
 *
 * @param directoryType {@code local-filesystem} (the index survives restarts) or {@code local-heap} (in memory, for
 *     tests and throw-away runs)
 * @param root the directory holding the index and its {@code EPOCH} file, next to the database's {@code data/postgres}
 * @param luceneVersion the Lucene version whose analysis behaviour the index is built with; raise it together with a
 *     Lucene upgrade and rebuild the index
 * @param rebuildOnStart whether the index is rebuilt when the application starts
 * @param synchronization how long a committing transaction waits for the index ({@code write-sync}, {@code sync},
 *     {@code read-sync} or {@code async}); empty = {@code write-sync} on disk and {@code sync} in memory
 * @param facetCacheTtl how long the facet counts of a search are reused; zero turns the cache off
 * @param responseCacheTtl how long a whole answer of the public search (finder page, htmx fragment, JSON) is reused
 *     for the same request while the index does not change; zero turns the cache off
 * @param responseCacheSize how much memory the kept answers may take (they are kept gzip-compressed)
 */
@ConfigurationProperties("app.directory.search")
public record SearchProperties(
        @DefaultValue("local-filesystem") String directoryType,
        @DefaultValue("data/search") Path root,
        @DefaultValue("9.12.3") String luceneVersion,
        @DefaultValue("auto") RebuildOnStart rebuildOnStart,
        @Nullable String synchronization,
        @DefaultValue("30s") Duration facetCacheTtl,
        @DefaultValue("30s") Duration responseCacheTtl,
        @DefaultValue("32MB") DataSize responseCacheSize) {

    public static final String LOCAL_HEAP = "local-heap";

    /** When the index is rebuilt at start. */
    public enum RebuildOnStart {
        /** When the index is missing, belongs to another database (epoch), or is empty while offers are published. */
        AUTO,
        /** At every start. */
        ALWAYS,
        /** Never; rebuild by hand on the operator page. */
        NEVER
    }

    /** Whether the index lives on disk and survives a restart (and so can fall out of step with the database). */
    public boolean persistent() {
        return !LOCAL_HEAP.equals(directoryType);
    }

    /** The synchronization strategy actually used: the configured one, else the default for the directory type. */
    public String effectiveSynchronization() {
        if (synchronization != null && !synchronization.isBlank()) {
            return synchronization.strip();
        }
        return persistent() ? "write-sync" : "sync";
    }
}
