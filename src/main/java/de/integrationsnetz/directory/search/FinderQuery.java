package de.integrationsnetz.directory.search;

import de.integrationsnetz.directory.Coordinates;
import de.integrationsnetz.directory.offer.CourseLevel;
import de.integrationsnetz.directory.offer.SpokenLanguages;
import de.integrationsnetz.shared.DistrictKey;
import de.integrationsnetz.shared.MunicipalityKey;
import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * What someone looks for in the offer finder: the URL parameters of docs/directory.md §5.1 as one immutable value.
 * {@link #parse} reads them from a request (collecting what it cannot understand), {@link #toQueryString} writes them
 * back in the canonical order (for links, {@code hx-push-url} and cache keys), and the {@code with…}/{@link #toggle}
 * methods derive the query behind a link (next page, one filter value more or less).
 *
 * <p>Sets are sorted and never null; a blank text means no text. Several values of one filter are alternatives (OR);
 * different filters all apply (AND).
 *
 * @param text the search words ({@code q}); empty for none
 * @param categories category codes ({@code cat}); a parent also finds its children
 * @param targetGroups target-group codes ({@code tg})
 * @param spoken language codes ({@code spoken}, not {@code lang}, which switches the page language)
 * @param municipalities municipalities the offers must serve ({@code mun}, AGS)
 * @param district only offers of this district ({@code district}, ARS); for district pages, the API and tests
 * @param freeOfCharge only free offers ({@code free=1})
 * @param barrierFree only barrier-free offers ({@code access=1})
 * @param levels course levels ({@code level})
 * @param startsSoon only offers whose next course start or date is within four weeks ({@code soon=1})
 * @param near a postal code or place name to search around ({@code near}); resolved by {@link OfferSearch}
 * @param position the searcher's own position ({@code lat}, {@code lon}); wins over {@code near}
 * @param radiusKm the search radius around {@code near} or {@code position} ({@code radius}: 5, 10, 25, 50 or 100)
 * @param includeOnline whether online and phone offers are found by a search around a place ({@code online=0} = no)
 * @param sort the order ({@code sort})
 * @param view list or map ({@code view}); only carried for the finder's links
 * @param page the page, from 1 ({@code page})
 * @param pageSize hits per page ({@code size}, 1 to {@value #MAX_PAGE_SIZE}; the finder uses {@value #PAGE_SIZE})
 */
public record FinderQuery(String text, Set<String> categories, Set<String> targetGroups, Set<String> spoken,
        Set<MunicipalityKey> municipalities, @Nullable DistrictKey district, boolean freeOfCharge, boolean barrierFree,
        Set<CourseLevel> levels, boolean startsSoon, @Nullable String near, @Nullable Coordinates position,
        int radiusKm, boolean includeOnline, FinderSort sort, View view, int page, int pageSize) {

    public static final int PAGE_SIZE = 20;
    public static final int MAX_PAGE_SIZE = 100;
    public static final int DEFAULT_RADIUS_KM = 25;
    public static final List<Integer> RADII_KM = List.of(5, 10, 25, 50, 100);
    /** Deeper pages are refused: nobody reads them, and they cost the index. */
    public static final int MAX_RESULT_WINDOW = 10_000;
    public static final int MAX_TEXT_LENGTH = 200;
    /** Everything, first page, default order. */
    public static final FinderQuery ALL = builder().build();

    private static final Pattern CODE = Pattern.compile("[a-z0-9][a-z0-9._-]{0,79}");
    private static final Pattern AGS = Pattern.compile("[0-9]{8}");
    private static final Pattern ARS = Pattern.compile("[0-9]{5}");

    /** List or map of results (parameter {@code view}). */
    public enum View { LIST, MAP }

    public FinderQuery {
        text = text == null ? "" : text.strip().replaceAll("\\s+", " ");
        if (text.length() > MAX_TEXT_LENGTH) {
            text = text.substring(0, MAX_TEXT_LENGTH).strip();
        }
        categories = sorted(categories);
        targetGroups = sorted(targetGroups);
        spoken = sorted(spoken);
        municipalities = municipalities == null || municipalities.isEmpty() ? Set.of()
                : Collections.unmodifiableSet(new TreeSet<>(municipalities));
        levels = levels == null || levels.isEmpty() ? Set.of()
                : Collections.unmodifiableSet(EnumSet.copyOf(levels));
        near = near == null || near.isBlank() ? null : near.strip();
        if (radiusKm < 1 || radiusKm > 200) {
            throw new IllegalArgumentException("The radius must be between 1 and 200 km: " + radiusKm);
        }
        sort = sort == null ? FinderSort.RELEVANCE : sort;
        view = view == null ? View.LIST : view;
        if (page < 1) {
            throw new IllegalArgumentException("Pages count from 1: " + page);
        }
        if (pageSize < 1 || pageSize > MAX_PAGE_SIZE) {
            throw new IllegalArgumentException("A page holds 1 to " + MAX_PAGE_SIZE + " hits: " + pageSize);
        }
        if ((long) page * pageSize > MAX_RESULT_WINDOW) {
            throw new IllegalArgumentException("Results beyond the first " + MAX_RESULT_WINDOW + " are not served");
        }
    }

    private static Set<String> sorted(@Nullable Collection<String> values) {
        return values == null || values.isEmpty() ? Set.of() : Collections.unmodifiableSet(new TreeSet<>(values));
    }

    public boolean hasText() {
        return !text.isEmpty();
    }

    /** Whether a place to search around is given ({@code near} or {@code lat}/{@code lon}). */
    public boolean hasPlace() {
        return position != null || near != null;
    }

    /** The index of the first hit of the page (0-based). */
    public int offset() {
        return (page - 1) * pageSize;
    }

    /** Whether any value of the group is chosen. */
    public boolean isActive(FacetGroup group) {
        return !values(group).isEmpty();
    }

    /** The chosen values of a group as URL values ({@code 1} for a chosen yes/no filter). */
    public Set<String> values(FacetGroup group) {
        return switch (group) {
            case CATEGORY -> categories;
            case TARGET_GROUP -> targetGroups;
            case SPOKEN -> spoken;
            case MUNICIPALITY -> codes(municipalities, MunicipalityKey::value);
            case LEVEL -> codes(levels, CourseLevel::name);
            case FREE -> freeOfCharge ? Set.of("1") : Set.of();
            case ACCESS -> barrierFree ? Set.of("1") : Set.of();
            case SOON -> startsSoon ? Set.of("1") : Set.of();
        };
    }

    private static <T> Set<String> codes(Set<T> values, Function<T, String> code) {
        Set<String> codes = new TreeSet<>();
        values.forEach(value -> codes.add(code.apply(value)));
        return codes;
    }

    // ---------------------------------------------------------------- derived queries

    public Builder toBuilder() {
        return new Builder(this);
    }

    public FinderQuery withPage(int newPage) {
        return toBuilder().page(newPage).build();
    }

    public FinderQuery withSort(FinderSort newSort) {
        return toBuilder().sort(newSort).page(1).build();
    }

    /** The same query without any value of the group, from page 1. */
    public FinderQuery without(FacetGroup group) {
        return withValues(group, Set.of());
    }

    /** The query with the value added to the group, or removed if it was chosen; from page 1. */
    public FinderQuery toggle(FacetGroup group, String value) {
        Set<String> values = new TreeSet<>(values(group));
        if (!values.remove(value)) {
            if (!group.multiValued()) {
                values.clear();
            }
            values.add(value);
        }
        return withValues(group, values);
    }

    private FinderQuery withValues(FacetGroup group, Set<String> values) {
        Builder builder = toBuilder().page(1);
        switch (group) {
            case CATEGORY -> builder.categories(values);
            case TARGET_GROUP -> builder.targetGroups(values);
            case SPOKEN -> builder.spoken(values);
            case MUNICIPALITY -> builder.municipalities(values.stream().map(MunicipalityKey::of).toList());
            case LEVEL -> builder.levels(values.stream().map(CourseLevel::valueOf).toList());
            case FREE -> builder.freeOfCharge(!values.isEmpty());
            case ACCESS -> builder.barrierFree(!values.isEmpty());
            case SOON -> builder.startsSoon(!values.isEmpty());
        }
        return builder.build();
    }

    // ---------------------------------------------------------------- URL parameters

    /**
     * The parameters in canonical order, without defaults; values URL-encoded, without the leading {@code ?}. Equal
     * queries give equal strings.
     */
    public String toQueryString() {
        List<String> parts = new ArrayList<>();
        toParameters().forEach((name, values) -> values.forEach(value -> parts.add(name + "=" + encode(value))));
        return String.join("&", parts);
    }

    /** The parameters in canonical order, without defaults (each name with its values). */
    public Map<String, List<String>> toParameters() {
        Map<String, List<String>> parameters = new LinkedHashMap<>();
        put(parameters, "q", text.isEmpty() ? List.of() : List.of(text));
        put(parameters, "cat", List.copyOf(categories));
        put(parameters, "tg", List.copyOf(targetGroups));
        put(parameters, "spoken", List.copyOf(spoken));
        put(parameters, "mun", List.copyOf(values(FacetGroup.MUNICIPALITY)));
        put(parameters, "district", district == null ? List.of() : List.of(district.value()));
        put(parameters, "free", freeOfCharge ? List.of("1") : List.of());
        put(parameters, "access", barrierFree ? List.of("1") : List.of());
        put(parameters, "level", List.copyOf(values(FacetGroup.LEVEL)));
        put(parameters, "soon", startsSoon ? List.of("1") : List.of());
        put(parameters, "near", near == null ? List.of() : List.of(near));
        if (position != null) {
            put(parameters, "lat", List.of(plain(position.latitude())));
            put(parameters, "lon", List.of(plain(position.longitude())));
        }
        put(parameters, "radius", radiusKm == DEFAULT_RADIUS_KM ? List.of() : List.of(Integer.toString(radiusKm)));
        put(parameters, "online", includeOnline ? List.of() : List.of("0"));
        put(parameters, "sort", sort == FinderSort.RELEVANCE ? List.of() : List.of(sort.parameter()));
        put(parameters, "view", view == View.LIST ? List.of() : List.of(view.name().toLowerCase(Locale.ROOT)));
        put(parameters, "page", page == 1 ? List.of() : List.of(Integer.toString(page)));
        put(parameters, "size", pageSize == PAGE_SIZE ? List.of() : List.of(Integer.toString(pageSize)));
        return parameters;
    }

    private static void put(Map<String, List<String>> parameters, String name, List<String> values) {
        if (!values.isEmpty()) {
            parameters.put(name, values);
        }
    }

    private static String plain(double value) {
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /**
     * Reads the finder's URL parameters. Unknown parameters (such as {@code lang}) are ignored; a value that cannot be
     * understood is left out and described in {@link Parsed#problems()}: the finder page ignores those (it never
     * fails on a hand-edited URL), the JSON API answers 400.
     */
    public static Parsed parse(Map<String, ? extends List<String>> parameters) {
        List<String> problems = new ArrayList<>();
        Builder builder = builder();
        String q = single(parameters, "q", problems);
        if (q != null) {
            if (q.strip().length() > MAX_TEXT_LENGTH) {
                problems.add("q: at most " + MAX_TEXT_LENGTH + " characters");
            }
            builder.text(q);
        }
        builder.categories(codes(parameters, "cat", problems));
        builder.targetGroups(codes(parameters, "tg", problems));
        List<String> spokenCodes = new ArrayList<>();
        for (String value : all(parameters, "spoken")) {
            if (SpokenLanguages.isKnown(value)) {
                spokenCodes.add(value);
            } else {
                problems.add("spoken: unknown language code '" + value + "'");
            }
        }
        builder.spoken(spokenCodes);
        List<MunicipalityKey> muns = new ArrayList<>();
        for (String value : all(parameters, "mun")) {
            if (AGS.matcher(value).matches()) {
                muns.add(MunicipalityKey.of(value));
            } else {
                problems.add("mun: a municipality key has 8 digits, not '" + value + "'");
            }
        }
        builder.municipalities(muns);
        String district = single(parameters, "district", problems);
        if (district != null) {
            if (ARS.matcher(district).matches()) {
                builder.district(DistrictKey.of(district));
            } else {
                problems.add("district: a district key has 5 digits, not '" + district + "'");
            }
        }
        builder.freeOfCharge(flag(parameters, "free", false, problems));
        builder.barrierFree(flag(parameters, "access", false, problems));
        builder.startsSoon(flag(parameters, "soon", false, problems));
        builder.includeOnline(flag(parameters, "online", true, problems));
        List<CourseLevel> levelValues = new ArrayList<>();
        for (String value : all(parameters, "level")) {
            try {
                levelValues.add(CourseLevel.valueOf(value.toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                problems.add("level: A1, A2, B1, B2, C1 or C2, not '" + value + "'");
            }
        }
        builder.levels(levelValues);
        String near = single(parameters, "near", problems);
        if (near != null) {
            if (near.strip().length() > 100) {
                problems.add("near: at most 100 characters");
            } else {
                builder.near(near);
            }
        }
        Double lat = decimal(parameters, "lat", problems);
        Double lon = decimal(parameters, "lon", problems);
        if (lat != null && lon != null) {
            try {
                builder.position(new Coordinates(lat, lon));
            } catch (IllegalArgumentException e) {
                problems.add("lat/lon: " + e.getMessage());
            }
        } else if (lat != null || lon != null) {
            problems.add("lat/lon: give both or neither");
        }
        Integer radius = integer(parameters, "radius", problems);
        if (radius != null) {
            if (RADII_KM.contains(radius)) {
                builder.radiusKm(radius);
            } else {
                problems.add("radius: one of " + RADII_KM + " km, not " + radius);
            }
        }
        String sort = single(parameters, "sort", problems);
        if (sort != null) {
            FinderSort.ofParameter(sort).ifPresentOrElse(builder::sort,
                    () -> problems.add("sort: relevance, distance, start or name, not '" + sort + "'"));
        }
        String view = single(parameters, "view", problems);
        if (view != null) {
            switch (view) {
                case "list" -> builder.view(View.LIST);
                case "map" -> builder.view(View.MAP);
                default -> problems.add("view: list or map, not '" + view + "'");
            }
        }
        Integer size = integer(parameters, "size", problems);
        if (size != null) {
            if (size >= 1 && size <= MAX_PAGE_SIZE) {
                builder.pageSize(size);
            } else {
                problems.add("size: 1 to " + MAX_PAGE_SIZE + ", not " + size);
            }
        }
        Integer page = integer(parameters, "page", problems);
        if (page != null) {
            if (page < 1) {
                problems.add("page: pages count from 1, not " + page);
            } else if ((long) page * builder.pageSize > MAX_RESULT_WINDOW) {
                problems.add("page: results beyond the first " + MAX_RESULT_WINDOW + " are not served");
            } else {
                builder.page(page);
            }
        }
        return new Parsed(builder.build(), List.copyOf(problems));
    }

    /**
     * The outcome of {@link #parse}.
     *
     * @param query everything that could be understood
     * @param problems one English sentence per parameter value that was left out; empty when all was understood
     */
    public record Parsed(FinderQuery query, List<String> problems) {

        public boolean valid() {
            return problems.isEmpty();
        }
    }

    private static List<String> all(Map<String, ? extends List<String>> parameters, String name) {
        List<String> values = parameters.get(name);
        if (values == null) {
            return List.of();
        }
        List<String> result = new ArrayList<>();
        for (String value : values) {
            if (value != null && !value.isBlank()) {
                result.add(value.strip());
            }
        }
        return result;
    }

    private static @Nullable String single(Map<String, ? extends List<String>> parameters, String name,
            List<String> problems) {
        List<String> values = all(parameters, name);
        if (values.size() > 1) {
            problems.add(name + ": only one value allowed");
        }
        return values.isEmpty() ? null : values.get(0);
    }

    private static List<String> codes(Map<String, ? extends List<String>> parameters, String name,
            List<String> problems) {
        List<String> codes = new ArrayList<>();
        for (String value : all(parameters, name)) {
            String code = value.toLowerCase(Locale.ROOT);
            if (CODE.matcher(code).matches()) {
                codes.add(code);
            } else {
                problems.add(name + ": not a term code '" + value + "'");
            }
        }
        return codes;
    }

    private static boolean flag(Map<String, ? extends List<String>> parameters, String name, boolean otherwise,
            List<String> problems) {
        String value = single(parameters, name, problems);
        if (value == null) {
            return otherwise;
        }
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "1", "true", "on", "yes" -> true;
            case "0", "false", "off", "no" -> false;
            default -> {
                problems.add(name + ": 1 or 0, not '" + value + "'");
                yield otherwise;
            }
        };
    }

    private static @Nullable Integer integer(Map<String, ? extends List<String>> parameters, String name,
            List<String> problems) {
        String value = single(parameters, name, problems);
        if (value == null) {
            return null;
        }
        try {
            return Integer.valueOf(value);
        } catch (NumberFormatException e) {
            problems.add(name + ": not a whole number '" + value + "'");
            return null;
        }
    }

    private static @Nullable Double decimal(Map<String, ? extends List<String>> parameters, String name,
            List<String> problems) {
        String value = single(parameters, name, problems);
        if (value == null) {
            return null;
        }
        try {
            double number = Double.parseDouble(value.replace(',', '.'));
            if (Double.isNaN(number) || Double.isInfinite(number)) {
                throw new NumberFormatException(value);
            }
            return number;
        } catch (NumberFormatException e) {
            problems.add(name + ": not a number '" + value + "'");
            return null;
        }
    }

    // ---------------------------------------------------------------- builder

    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link FinderQuery}; everything not set has its default (no filter, first page, relevance). */
    public static final class Builder {
        private String text = "";
        private Collection<String> categories = List.of();
        private Collection<String> targetGroups = List.of();
        private Collection<String> spoken = List.of();
        private Collection<MunicipalityKey> municipalities = List.of();
        private @Nullable DistrictKey district;
        private boolean freeOfCharge;
        private boolean barrierFree;
        private Collection<CourseLevel> levels = List.of();
        private boolean startsSoon;
        private @Nullable String near;
        private @Nullable Coordinates position;
        private int radiusKm = DEFAULT_RADIUS_KM;
        private boolean includeOnline = true;
        private FinderSort sort = FinderSort.RELEVANCE;
        private View view = View.LIST;
        private int page = 1;
        private int pageSize = PAGE_SIZE;

        private Builder() {}

        private Builder(FinderQuery query) {
            text = query.text;
            categories = query.categories;
            targetGroups = query.targetGroups;
            spoken = query.spoken;
            municipalities = query.municipalities;
            district = query.district;
            freeOfCharge = query.freeOfCharge;
            barrierFree = query.barrierFree;
            levels = query.levels;
            startsSoon = query.startsSoon;
            near = query.near;
            position = query.position;
            radiusKm = query.radiusKm;
            includeOnline = query.includeOnline;
            sort = query.sort;
            view = query.view;
            page = query.page;
            pageSize = query.pageSize;
        }

        public Builder text(@Nullable String value) {
            text = value == null ? "" : value;
            return this;
        }

        public Builder categories(Collection<String> values) {
            categories = List.copyOf(values);
            return this;
        }

        public Builder categories(String... values) {
            return categories(List.of(values));
        }

        public Builder targetGroups(Collection<String> values) {
            targetGroups = List.copyOf(values);
            return this;
        }

        public Builder targetGroups(String... values) {
            return targetGroups(List.of(values));
        }

        public Builder spoken(Collection<String> values) {
            spoken = List.copyOf(values);
            return this;
        }

        public Builder spoken(String... values) {
            return spoken(List.of(values));
        }

        public Builder municipalities(Collection<MunicipalityKey> values) {
            municipalities = List.copyOf(values);
            return this;
        }

        public Builder municipalities(MunicipalityKey... values) {
            return municipalities(List.of(values));
        }

        public Builder district(@Nullable DistrictKey value) {
            district = value;
            return this;
        }

        public Builder freeOfCharge(boolean value) {
            freeOfCharge = value;
            return this;
        }

        public Builder barrierFree(boolean value) {
            barrierFree = value;
            return this;
        }

        public Builder levels(Collection<CourseLevel> values) {
            levels = List.copyOf(values);
            return this;
        }

        public Builder levels(CourseLevel... values) {
            return levels(List.of(values));
        }

        public Builder startsSoon(boolean value) {
            startsSoon = value;
            return this;
        }

        public Builder near(@Nullable String value) {
            near = value;
            return this;
        }

        public Builder position(@Nullable Coordinates value) {
            position = value;
            return this;
        }

        public Builder radiusKm(int value) {
            radiusKm = value;
            return this;
        }

        public Builder includeOnline(boolean value) {
            includeOnline = value;
            return this;
        }

        public Builder sort(FinderSort value) {
            sort = value;
            return this;
        }

        public Builder view(View value) {
            view = value;
            return this;
        }

        public Builder page(int value) {
            page = value;
            return this;
        }

        public Builder pageSize(int value) {
            pageSize = value;
            return this;
        }

        public FinderQuery build() {
            return new FinderQuery(text, Set.copyOf(categories), Set.copyOf(targetGroups), Set.copyOf(spoken),
                    Set.copyOf(municipalities), district, freeOfCharge, barrierFree, Set.copyOf(levels), startsSoon,
                    near, position, radiusKm, includeOnline, sort, view, page, pageSize);
        }
    }
}
