package de.integrationsnetz.directory.hsds;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * The HSDS API's {@code Page} object (openapi.json {@code components.schemas.Page}) with its {@code contents}.
 * {@code page_number} is 1-based; {@code size} is the number of items on this page.
 */
public record HsdsPage<T>(
        @JsonProperty("total_items") long totalItems,
        @JsonProperty("total_pages") int totalPages,
        @JsonProperty("page_number") int pageNumber,
        int size,
        @JsonProperty("first_page") boolean firstPage,
        @JsonProperty("last_page") boolean lastPage,
        boolean empty,
        List<T> contents) {

    public static <T> HsdsPage<T> of(List<T> contents, long totalItems, int pageNumber, int perPage) {
        int totalPages = (int) Math.max(1, (totalItems + perPage - 1) / perPage);
        return new HsdsPage<>(totalItems, totalPages, pageNumber, contents.size(), pageNumber == 1,
                pageNumber >= totalPages, totalItems == 0, List.copyOf(contents));
    }

    /** The items of one page of a list held in memory (1-based {@code pageNumber}). */
    public static <T> List<T> slice(List<T> all, int pageNumber, int perPage) {
        int from = (int) Math.min(all.size(), (long) (pageNumber - 1) * perPage);
        return all.subList(from, Math.min(all.size(), from + perPage));
    }
}
