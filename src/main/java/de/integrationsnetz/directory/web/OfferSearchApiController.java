package de.integrationsnetz.directory.web;

import de.integrationsnetz.directory.ContentLanguage;
import de.integrationsnetz.directory.search.Facet;
import de.integrationsnetz.directory.search.FacetGroup;
import de.integrationsnetz.directory.search.FacetValue;
import de.integrationsnetz.directory.search.FinderQuery;
import de.integrationsnetz.directory.search.Label;
import de.integrationsnetz.directory.search.OfferHit;
import de.integrationsnetz.directory.search.OfferMap;
import de.integrationsnetz.directory.search.OfferSearch;
import de.integrationsnetz.directory.search.OfferSearchResult;
import de.integrationsnetz.directory.search.SearchPlace;
import de.integrationsnetz.directory.taxonomy.TaxonomyCatalog;
import de.integrationsnetz.directory.translation.TranslationStatus;
import de.integrationsnetz.geography.GeographyQueries;
import de.integrationsnetz.shared.MunicipalityKey;
import de.integrationsnetz.shared.api.JsonApi;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * The public offer search as JSON (docs/directory.md §4.6): the finder's parameters (§5.1), published and currently
 * valid offers only, texts in the request's language ({@code lang} or the language cookie/header) with German
 * fallback. A parameter value that cannot be understood (malformed, unknown term, language or municipality, a page
 * beyond the first {@value FinderQuery#MAX_RESULT_WINDOW} results, more than {@value FinderQuery#MAX_PAGE_SIZE} per
 * page) answers 400 as problem details; unknown parameter names are ignored.
 */
@JsonApi
@RestController
@RequestMapping("/api/v1/offers")
class OfferSearchApiController {

    static final MediaType GEO_JSON = MediaType.parseMediaType("application/geo+json");

    private final OfferSearch search;
    private final TaxonomyCatalog taxonomy;
    private final GeographyQueries geography;

    OfferSearchApiController(OfferSearch search, TaxonomyCatalog taxonomy, GeographyQueries geography) {
        this.search = search;
        this.taxonomy = taxonomy;
        this.geography = geography;
    }

    @GetMapping
    Results offers(@RequestParam MultiValueMap<String, String> parameters, Locale locale) {
        ContentLanguage language = ContentLanguage.of(locale);
        OfferSearchResult result = search.find(query(parameters), language);
        return Results.of(result);
    }

    @GetMapping("/map")
    ResponseEntity<FeatureCollection> map(@RequestParam MultiValueMap<String, String> parameters, Locale locale) {
        OfferMap map = search.map(query(parameters), ContentLanguage.of(locale));
        List<Feature> features = map.points().stream().map(Feature::of).toList();
        return ResponseEntity.ok().contentType(GEO_JSON)
                .body(new FeatureCollection("FeatureCollection", features, map.offers(), map.truncated()));
    }

    private FinderQuery query(MultiValueMap<String, String> parameters) {
        FinderQuery.Parsed parsed = FinderQuery.parse(parameters);
        List<String> problems = new ArrayList<>(parsed.problems());
        FinderQuery query = parsed.query();
        query.categories().stream().filter(code -> taxonomy.term(TaxonomyCatalog.CATEGORIES, code).isEmpty())
                .forEach(code -> problems.add("cat: unknown category '" + code + "'"));
        query.targetGroups().stream().filter(code -> taxonomy.term(TaxonomyCatalog.TARGET_GROUPS, code).isEmpty())
                .forEach(code -> problems.add("tg: unknown target group '" + code + "'"));
        for (MunicipalityKey municipality : query.municipalities()) {
            if (geography.municipality(municipality).isEmpty()) {
                problems.add("mun: no Saxon municipality " + municipality.value());
            }
        }
        if (query.district() != null && geography.district(query.district()).isEmpty()) {
            problems.add("district: no Saxon district " + query.district().value());
        }
        if (!problems.isEmpty()) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, String.join("; ", problems));
        }
        return query;
    }

    /** The JSON of a result page. */
    record Results(long total, boolean totalIsLowerBound, int page, int size, int totalPages, String sort,
            @Nullable Place place, boolean placeNotFound, boolean similarTerms, boolean indexRebuilding,
            List<Result> results, Map<String, List<FacetCount>> facets) {

        static Results of(OfferSearchResult result) {
            Map<String, List<FacetCount>> facets = new LinkedHashMap<>();
            for (Facet facet : result.facets()) {
                facets.put(jsonName(facet.group()), facet.values().stream().map(FacetCount::of).toList());
            }
            SearchPlace place = result.place();
            return new Results(result.total(), result.totalIsLowerBound(), result.page(), result.pageSize(),
                    result.totalPages(), result.sort().parameter(),
                    place == null ? null : new Place(place.label(), place.latitude(), place.longitude(),
                            place.radiusKm()),
                    result.placeNotFound(), result.similarTerms(), result.indexRebuilding(),
                    result.hits().stream().map(Result::of).toList(), facets);
        }

        private static String jsonName(FacetGroup group) {
            return switch (group) {
                case CATEGORY -> "category";
                case TARGET_GROUP -> "targetGroup";
                case SPOKEN -> "spoken";
                case MUNICIPALITY -> "municipality";
                case LEVEL -> "level";
                case FREE -> "free";
                case ACCESS -> "barrierFree";
                case SOON -> "startsSoon";
            };
        }
    }

    record Place(String label, double latitude, double longitude, int radiusKm) {}

    /** One offer of a result page. */
    record Result(String id, String name, String summary, String language, @Nullable String fallback,
            String provider, List<Label> categories, List<String> cities, @Nullable Double distanceKm,
            @Nullable String courseLevel, @Nullable LocalDate courseStart, @Nullable LocalDate nextStart, boolean free,
            boolean barrierFree, boolean online, boolean byPhone, boolean lowThreshold, String url) {

        static Result of(OfferHit hit) {
            TranslationStatus fallback = hit.fallback();
            return new Result(hit.id().toString(), hit.name(), hit.summary(), hit.language().code(),
                    fallback == null ? null : fallback.name().toLowerCase(Locale.ROOT), hit.provider(),
                    hit.categories(), hit.cities(),
                    hit.distanceKm() == null ? null : Math.round(hit.distanceKm() * 10) / 10.0,
                    hit.courseLevel() == null ? null : hit.courseLevel().name(), hit.courseStart(), hit.nextStart(),
                    hit.flags().freeOfCharge(), hit.flags().barrierFree(), hit.flags().online(),
                    hit.flags().byPhone(), hit.flags().lowThreshold(), "/offers/" + hit.id());
        }
    }

    record FacetCount(String code, String label, long count, boolean selected, int depth) {

        static FacetCount of(FacetValue value) {
            return new FacetCount(value.code(), value.label(), value.count(), value.selected(), value.depth());
        }
    }

    /** GeoJSON (RFC 7946): one point feature per site; coordinates are longitude, latitude. */
    record FeatureCollection(String type, List<Feature> features, long totalOffers, boolean truncated) {}

    record Feature(String type, Geometry geometry, Map<String, String> properties) {

        static Feature of(OfferMap.Point point) {
            return new Feature("Feature", new Geometry("Point", List.of(point.longitude(), point.latitude())),
                    Map.of("id", point.offer().toString(), "name", point.name(), "url", "/offers/" + point.offer()));
        }
    }

    record Geometry(String type, List<Double> coordinates) {}
}
