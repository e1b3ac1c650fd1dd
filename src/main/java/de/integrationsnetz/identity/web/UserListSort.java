package de.integrationsnetz.identity.web;

import java.util.Map;
import org.springframework.data.domain.Sort;

/**
 * The user list's sort order, limited to known columns: {@code name,asc}, {@code created,desc}, … (public for the
 * template).
 */
public record UserListSort(String column, boolean ascending) {

    /** Sortable columns: request name → property of the account. */
    private static final Map<String, String> SORTABLE =
            Map.of("name", "displayName", "email", "email", "created", "createdAt");

    static UserListSort parse(String value) {
        String[] parts = value.split(",", 2);
        String column = SORTABLE.containsKey(parts[0]) ? parts[0] : "name";
        boolean ascending = parts.length < 2 || !"desc".equalsIgnoreCase(parts[1]);
        return new UserListSort(column, ascending);
    }

    Sort toSort() {
        Sort primary = Sort.by(ascending ? Sort.Direction.ASC : Sort.Direction.DESC, SORTABLE.get(column));
        return primary.and(Sort.by("id"));
    }

    public String value() {
        return column + (ascending ? ",asc" : ",desc");
    }

    /** The {@code aria-sort} value of a column header. */
    public String ariaSort(String candidate) {
        return !candidate.equals(column) ? "none" : ascending ? "ascending" : "descending";
    }

    /** The sort parameter a column header links to: this column, the other direction when already sorted by it. */
    public String next(String candidate) {
        return candidate + (candidate.equals(column) && ascending ? ",desc" : ",asc");
    }
}
