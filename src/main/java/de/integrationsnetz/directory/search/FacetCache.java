package de.integrationsnetz.directory.search;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The facet counts of a search (words, filters and place in canonical form; not the page or sort), reused for a short time
 * ({@code app.directory.search.facet-cache-ttl}, docs/directory.md §4.5). An entry is only used while the index and the
 * taxonomy's labels have not changed since it was computed ({@link OfferSearch.AnswersVersion}, the same rule as for
 * whole answers), so a published or withdrawn offer or a renamed term shows at once.
 */
final class FacetCache {

    private static final int MAX_ENTRIES = 2_000;

    private record Entry(List<Facet> facets, OfferSearch.AnswersVersion version, Instant expires) {}

    private final ConcurrentHashMap<String, Entry> entries = new ConcurrentHashMap<>();
    private final Duration ttl;
    private final Clock clock;

    FacetCache(Duration ttl, Clock clock) {
        this.ttl = ttl;
        this.clock = clock;
    }

    boolean enabled() {
        return !ttl.isZero() && !ttl.isNegative();
    }

    Optional<List<Facet>> get(String key, OfferSearch.AnswersVersion current) {
        if (!enabled()) {
            return Optional.empty();
        }
        Entry entry = entries.get(key);
        if (entry == null || !entry.version().equals(current)
                || clock.instant().isAfter(entry.expires())) {
            return Optional.empty();
        }
        return Optional.of(entry.facets());
    }

    /** @param made the version read before the counts were computed */
    void put(String key, List<Facet> facets, OfferSearch.AnswersVersion made) {
        if (!enabled()) {
            return;
        }
        if (entries.size() >= MAX_ENTRIES) {
            entries.clear();
        }
        entries.put(key, new Entry(List.copyOf(facets), made, clock.instant().plus(ttl)));
    }
}
