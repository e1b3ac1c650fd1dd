package de.integrationsnetz.coordination.web;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A list's sort column and direction from the query string ({@code ?sort=name&dir=desc}); unknown columns fall back to
 * the first one, so a hand-edited URL never fails.
 */
record SortOrder(String column, boolean descending) {

    static <T> SortOrder of(String column, String direction, Map<String, Comparator<T>> columns, String fallback) {
        String known = columns.containsKey(column) ? column : fallback;
        return new SortOrder(known, "desc".equalsIgnoreCase(direction));
    }

    <T> List<T> apply(List<T> rows, Map<String, Comparator<T>> columns) {
        Comparator<T> comparator = columns.get(column);
        return rows.stream().sorted(descending ? comparator.reversed() : comparator).toList();
    }

    /** For the column's header: {@code ascending}, {@code descending} or {@code null} (not sorted by it). */
    public @Nullable String ariaSort(String name) {
        return column.equals(name) ? (descending ? "descending" : "ascending") : null;
    }

    /** The direction a click on this column's header sorts in. */
    public String nextDirection(String name) {
        return column.equals(name) && !descending ? "desc" : "asc";
    }

    public String direction() {
        return descending ? "desc" : "asc";
    }
}
