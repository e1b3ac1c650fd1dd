package de.integrationsnetz.directory.web;

import de.integrationsnetz.directory.search.Facet;
import de.integrationsnetz.directory.search.FacetGroup;
import de.integrationsnetz.directory.search.FacetValue;
import de.integrationsnetz.directory.search.FinderQuery;
import de.integrationsnetz.directory.search.FinderSort;
import de.integrationsnetz.directory.search.OfferSearchResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What the finder template needs besides the result: the links behind facet values, pages, sort orders and views
 * (all from {@link FinderQuery}, so they are canonical), and the element ids of the facet counts that htmx updates
 * out of band.
 */
public record FinderPage(FinderQuery query, OfferSearchResult result) {

    /** Characters a facet value code may not bring into an element id (compiled once: called per value). */
    private static final Pattern NOT_IN_ID = Pattern.compile("[^A-Za-z0-9-]");

    /** How many spoken languages show before "more languages". */
    static final int TOP_LANGUAGES = 12;

    public static String url(FinderQuery query) {
        String parameters = query.toQueryString();
        return parameters.isEmpty() ? "/" : "/?" + parameters;
    }

    public String pageUrl(int page) {
        return url(query.withPage(page));
    }

    public String sortUrl(String sort) {
        return url(query.withSort(FinderSort.valueOf(sort.toUpperCase(Locale.ROOT))));
    }

    public String viewUrl(String view) {
        return url(query.toBuilder().view(FinderQuery.View.valueOf(view.toUpperCase(Locale.ROOT))).build());
    }

    public String resetUrl() {
        FinderQuery.Builder builder = FinderQuery.builder().text(query.text()).near(query.near())
                .position(query.position()).radiusKm(query.radiusKm()).view(query.view()).district(query.district());
        return url(builder.build());
    }

    /** The map's GeoJSON address for the same query. */
    public String mapDataUrl() {
        String parameters = query.toBuilder().page(1).view(FinderQuery.View.LIST).build().toQueryString();
        return "/api/v1/offers/map" + (parameters.isEmpty() ? "" : "?" + parameters);
    }

    public boolean isMap() {
        return query.view() == FinderQuery.View.MAP;
    }

    public boolean anyFilter() {
        for (FacetGroup group : FacetGroup.values()) {
            if (query.isActive(group)) {
                return true;
            }
        }
        return false;
    }

    public String sortName() {
        return result.sort().parameter();
    }

    public List<String> sorts() {
        List<String> sorts = new ArrayList<>(List.of("relevance"));
        if (result.place() != null) {
            sorts.add("distance");
        }
        sorts.add("start");
        sorts.add("name");
        return sorts;
    }

    /**
     * The facets shown as lists of their own, in page order, with every row's ids computed here: the template only
     * prints (expressions per row were most of the page's rendering time).
     */
    public List<FacetList> listFacets() {
        List<FacetList> lists = new ArrayList<>();
        for (FacetGroup group : List.of(FacetGroup.CATEGORY, FacetGroup.TARGET_GROUP, FacetGroup.SPOKEN,
                FacetGroup.MUNICIPALITY, FacetGroup.LEVEL)) {
            facet(group).filter(facet -> !facet.values().isEmpty()).ifPresent(facet -> lists.add(list(facet)));
        }
        return lists;
    }

    private static FacetList list(Facet facet) {
        String parameter = facet.group().parameter();
        List<Row> top = new ArrayList<>();
        List<Row> more = new ArrayList<>();
        List<FacetValue> values = facet.values();
        for (int i = 0; i < values.size(); i++) {
            FacetValue value = values.get(i);
            Row row = new Row(value.code(), value.label(), value.count(), value.selected(), value.depth() > 0,
                    inputId(parameter, value.code()), countId(parameter, value.code()));
            // Spoken languages: the first ones (by number of offers) and the chosen ones; the rest behind "more".
            boolean shownFirst = facet.group() != FacetGroup.SPOKEN || i < TOP_LANGUAGES || value.selected();
            (shownFirst ? top : more).add(row);
        }
        return new FacetList(parameter, facet.label(), top, more);
    }

    /** The yes/no filters (free, barrier-free, starts soon), shown together as "features". */
    public List<Flag> flags() {
        List<Flag> flags = new ArrayList<>();
        for (FacetGroup group : List.of(FacetGroup.FREE, FacetGroup.ACCESS, FacetGroup.SOON)) {
            Optional<Facet> facet = facet(group);
            FacetValue value = facet.flatMap(f -> f.values().stream().findFirst()).orElse(null);
            long count = value == null ? 0 : value.count();
            flags.add(new Flag(group.parameter(), "directory.search.flag." + group.parameter(), count,
                    query.isActive(group), countId(group.parameter(), "1"), inputId(group.parameter(), "1")));
        }
        return flags;
    }

    /** Every count on the page (for the out-of-band update): its element id and text. */
    public List<Count> counts() {
        List<Count> counts = new ArrayList<>();
        for (Facet facet : result.facets()) {
            for (FacetValue value : facet.values()) {
                counts.add(new Count(countId(facet.group().parameter(), value.code()), value.count()));
            }
        }
        return counts;
    }

    private Optional<Facet> facet(FacetGroup group) {
        return result.facet(group);
    }

    public static String countId(String parameter, String code) {
        return "c-" + parameter + "-" + NOT_IN_ID.matcher(code).replaceAll("_");
    }

    public static String inputId(String parameter, String code) {
        return "f-" + parameter + "-" + NOT_IN_ID.matcher(code).replaceAll("_");
    }

    /** A yes/no filter with its count. */
    public record Flag(String parameter, String labelKey, long count, boolean selected, String countId,
            String inputId) {}

    /** A filter group as a list of checkboxes; {@code more} are shown behind a "more" disclosure. */
    public record FacetList(String parameter, String label, List<Row> top, List<Row> more) {}

    /** One checkbox of a facet list. */
    public record Row(String code, String label, long count, boolean selected, boolean child, String inputId,
            String countId) {}

    /** A count to update. */
    public record Count(String id, long count) {}
}
