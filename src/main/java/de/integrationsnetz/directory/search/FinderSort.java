package de.integrationsnetz.directory.search;

import java.util.Locale;
import java.util.Optional;

/** How finder results are ordered (URL parameter {@code sort}). */
public enum FinderSort {
    /** Best match first; without search text: nearest first when a place is given, else by name. */
    RELEVANCE,
    /** Nearest site first (needs a place; offers without a site come last). */
    DISTANCE,
    /** Next course start or date first (offers without one come last). */
    START,
    /** By name. */
    NAME;

    public String parameter() {
        return name().toLowerCase(Locale.ROOT);
    }

    static Optional<FinderSort> ofParameter(String value) {
        for (FinderSort sort : values()) {
            if (sort.parameter().equals(value)) {
                return Optional.of(sort);
            }
        }
        return Optional.empty();
    }
}
