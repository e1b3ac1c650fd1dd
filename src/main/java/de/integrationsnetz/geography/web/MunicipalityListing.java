package de.integrationsnetz.geography.web;

import de.integrationsnetz.geography.MunicipalitySummary;
import java.text.Collator;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The municipality table of a district page: which rows the filter keeps, in which order, and the links of the sort
 * headers (which keep the filter). Everything comes from the query string, so the page works without JavaScript.
 *
 * @param query the name filter as typed (may be empty)
 * @param type the type filter, or null for all types
 */
record MunicipalityListing(String basePath, String query, @Nullable MunicipalityType type, Sort sort,
        Direction direction) {

    enum Sort {
        NAME, POPULATION, AREA, DENSITY;

        public String code() {
            return name().toLowerCase(Locale.ROOT);
        }

        static Sort ofCode(@Nullable String code) {
            for (Sort sort : values()) {
                if (sort.code().equals(code)) {
                    return sort;
                }
            }
            return NAME;
        }
    }

    enum Direction {
        ASC, DESC;

        public String code() {
            return name().toLowerCase(Locale.ROOT);
        }

        public String ariaSort() {
            return this == ASC ? "ascending" : "descending";
        }
    }

    /** A sort header: its link and, for the current column, the aria-sort value. */
    record SortHeader(String column, String href, @Nullable String ariaSort) {}

    /** A row of the table. */
    record Row(String ags, String shortName, String name, String typeKey, long population, double areaKm2,
            double density) {}

    static MunicipalityListing of(String basePath, @Nullable String query, @Nullable String type, @Nullable String sort,
            @Nullable String direction) {
        Sort parsedSort = Sort.ofCode(sort);
        Direction parsedDirection = "desc".equals(direction) ? Direction.DESC
                : "asc".equals(direction) ? Direction.ASC : defaultDirection(parsedSort);
        return new MunicipalityListing(basePath, query == null ? "" : query.strip(),
                type == null ? null : MunicipalityType.ofCode(type).orElse(null), parsedSort, parsedDirection);
    }

    /** Names sort A–Z first, numbers largest first. */
    private static Direction defaultDirection(Sort sort) {
        return sort == Sort.NAME ? Direction.ASC : Direction.DESC;
    }

    /**
     * @param nameMatches the keys of the municipalities whose name matches {@link #query()} (used when it is not
     *     empty)
     */
    List<Row> rows(List<MunicipalitySummary> municipalities, Set<String> nameMatches) {
        Predicate<MunicipalitySummary> byName = m -> query.isEmpty() || nameMatches.contains(m.key().value());
        Predicate<MunicipalitySummary> byType = m -> type == null || type.matches(m.type());
        Comparator<Row> order = switch (sort) {
            case NAME -> Comparator.comparing(Row::shortName, Collator.getInstance(Locale.GERMAN));
            case POPULATION -> Comparator.comparingLong(Row::population);
            case AREA -> Comparator.comparingDouble(Row::areaKm2);
            case DENSITY -> Comparator.comparingDouble(Row::density);
        };
        if (direction == Direction.DESC) {
            order = order.reversed();
        }
        return municipalities.stream()
                .filter(byName.and(byType))
                .map(m -> new Row(m.key().value(), m.shortName(), m.name(), MunicipalityType.messageKeyOf(m.type()),
                        m.population(), m.areaKm2(), Density.of(m.population(), m.areaKm2())))
                .sorted(order.thenComparing(Row::ags))
                .collect(Collectors.toList());
    }

    public boolean filtered() {
        return !query.isEmpty() || type != null;
    }

    public String typeCode() {
        return type == null ? "" : type.code();
    }

    /** The header link of a column: the current column toggles its direction, another starts with its default. */
    public SortHeader header(String column) {
        Sort target = Sort.ofCode(column);
        Direction next = target == sort ? (direction == Direction.ASC ? Direction.DESC : Direction.ASC)
                : defaultDirection(target);
        return new SortHeader(column, link(target, next), target == sort ? direction.ariaSort() : null);
    }

    /** This listing's own address (for hx-push-url and the reset link it is built the same way). */
    public String href() {
        return link(sort, direction);
    }

    private String link(Sort targetSort, Direction targetDirection) {
        UriComponentsBuilder uri = UriComponentsBuilder.fromPath(basePath);
        if (!query.isEmpty()) {
            uri.queryParam("q", query);
        }
        if (type != null) {
            uri.queryParam("type", type.code());
        }
        if (targetSort != Sort.NAME || targetDirection != Direction.ASC) {
            uri.queryParam("sort", targetSort.code()).queryParam("dir", targetDirection.code());
        }
        return uri.encode().build().toUriString();
    }
}
