package de.integrationsnetz.shared.web;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Sort;

/**
 * A list's sort column and direction from the query string ({@code ?sort=name&dir=desc}); an unknown column falls
 * back to the default, so a hand-edited URL never fails. Lists sorted by the database use {@link #toSort}, lists
 * sorted in memory {@link #apply}; the header fragment {@code fragments/ui :: sortHeader} reads the rest.
 */
public record SortOrder(String column, boolean descending) {

    /** The order for the requested column and direction; {@code columns} holds the known columns as keys. */
    public static SortOrder of(@Nullable String column, @Nullable String direction, Map<String, ?> columns,
            String fallback) {
        String known = column != null && columns.containsKey(column) ? column : fallback;
        return new SortOrder(known, "desc".equalsIgnoreCase(direction));
    }

    /** The database sort of this column in this direction. */
    public Sort toSort(Map<String, Sort> columns) {
        Sort sort = columns.get(column);
        return descending ? sort.descending() : sort.ascending();
    }

    /** The rows sorted by this column's comparator in this direction. */
    public <T> List<T> apply(List<T> rows, Map<String, Comparator<T>> columns) {
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
