package de.integrationsnetz.directory.web;

import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Sort;

/**
 * A list's sort column and direction from the query string ({@code ?sort=name&dir=desc}); an unknown column falls
 * back to the default, so a hand-edited URL never fails.
 */
public record SortOrder(String column, boolean descending) {

    static SortOrder of(@Nullable String column, @Nullable String direction, Map<String, Sort> columns,
            String fallback) {
        String known = column != null && columns.containsKey(column) ? column : fallback;
        return new SortOrder(known, "desc".equalsIgnoreCase(direction));
    }

    Sort toSort(Map<String, Sort> columns) {
        Sort sort = columns.get(column);
        return descending ? sort.descending() : sort.ascending();
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
