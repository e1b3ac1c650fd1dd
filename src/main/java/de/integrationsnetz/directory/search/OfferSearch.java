package de.integrationsnetz.directory.search;

import static de.integrationsnetz.directory.search.OfferFields.*;

import de.integrationsnetz.directory.ContentLanguage;
import de.integrationsnetz.directory.OfferId;
import de.integrationsnetz.directory.offer.CourseLevel;
import de.integrationsnetz.directory.offer.Offer;
import de.integrationsnetz.directory.offer.OfferFlags;
import de.integrationsnetz.directory.offer.SpokenLanguages;
import de.integrationsnetz.directory.taxonomy.CatalogSnapshot;
import de.integrationsnetz.directory.taxonomy.CatalogTerm;
import de.integrationsnetz.directory.taxonomy.TaxonomyCatalog;
import de.integrationsnetz.directory.translation.TranslationStatus;
import de.integrationsnetz.geography.GeographyQueries;
import de.integrationsnetz.geography.MunicipalitySummary;
import de.integrationsnetz.geography.PostalCodeSummary;
import de.integrationsnetz.shared.DistrictKey;
import de.integrationsnetz.shared.MunicipalityKey;
import jakarta.persistence.EntityManagerFactory;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hibernate.Session;
import org.hibernate.SessionFactory;
import org.hibernate.search.engine.search.aggregation.AggregationKey;
import org.hibernate.search.engine.search.aggregation.dsl.SearchAggregationFactory;
import org.hibernate.search.engine.search.common.SortMode;
import org.hibernate.search.engine.search.predicate.SearchPredicate;
import org.hibernate.search.engine.search.predicate.dsl.BooleanPredicateClausesStep;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.engine.search.projection.SearchProjection;
import org.hibernate.search.engine.search.projection.dsl.SearchProjectionFactory;
import org.hibernate.search.engine.search.query.SearchResult;
import org.hibernate.search.engine.search.sort.SearchSort;
import org.hibernate.search.engine.search.sort.dsl.SearchSortFactory;
import org.hibernate.search.engine.spatial.DistanceUnit;
import org.hibernate.search.engine.spatial.GeoPoint;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.scope.SearchScope;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.hibernate.search.util.common.data.Range;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;

/**
 * The offer finder's search (docs/directory.md §4.4–4.5): published, currently valid offers matching words, filters
 * and a place, as result cards with facet counts, read from the index alone (projections; no database access per
 * hit). Used by the public finder page and the JSON API.
 *
 * <p>Words are matched in German (always, with light stemming, umlaut folding, compounds and synonyms) and in the
 * page's language (current translations only); a match in the name counts three times a match elsewhere. Longer words
 * also match with one typo in names; when nothing matches at all, the search is repeated once with more typo
 * tolerance over all texts and the result says {@link OfferSearchResult#similarTerms() similarTerms}.
 *
 * <p>Thread-safe; each call opens its own short Hibernate session without a transaction or database connection.
 */
@Service
public class OfferSearch {

    /** Totals above this are reported as “more than” (a lower bound). */
    public static final int EXACT_TOTAL_UP_TO = 1000;
    /** The most sites a map shows. */
    public static final int MAP_POINTS = 1000;
    /** “Starts soon” = the next start lies within this many days from today. */
    public static final int SOON_DAYS = 28;

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final Pattern POSTAL_CODE = Pattern.compile("^(\\d{5})(?:\\s.*)?$");
    private static final Pattern WORD_SEPARATOR = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final float NAME_BOOST = 3f;

    private final SessionFactory sessionFactory;
    private final GeographyQueries geography;
    private final TaxonomyCatalog taxonomy;
    private final MessageSource messages;
    private final SearchIndexMaintenance maintenance;
    private final Clock clock;
    private final FacetCache facetCache;

    OfferSearch(EntityManagerFactory entityManagerFactory, GeographyQueries geography, TaxonomyCatalog taxonomy,
            MessageSource messages, SearchIndexMaintenance maintenance, SearchProperties properties, Clock clock) {
        this.sessionFactory = entityManagerFactory.unwrap(SessionFactory.class);
        this.geography = geography;
        this.taxonomy = taxonomy;
        this.messages = messages;
        this.maintenance = maintenance;
        this.clock = clock;
        this.facetCache = new FacetCache(properties.facetCacheTtl(), clock);
    }

    /**
     * Finds the offers of a finder query.
     *
     * @param ui the page's language: texts are shown in it where translated and current (else in German, marked as
     *     fallback), words are also matched in it, labels are in it
     */
    public OfferSearchResult find(FinderQuery query, ContentLanguage ui) {
        LocalDate today = LocalDate.now(clock.withZone(BERLIN));
        ResolvedPlace place = resolve(query);
        FinderSort sort = effectiveSort(query, place.place());
        // read before the counts are computed, so that a change meanwhile makes the entry unusable rather than stale
        AnswersVersion version = new AnswersVersion(IndexChanges.generation(), taxonomy.version());
        // Counting facets is most of a search's cost; popular searches repeat, with and without words.
        @Nullable String cacheKey = facetCacheKey(query, ui, today);
        @Nullable List<Facet> cachedFacets = cacheKey == null ? null : facetCache.get(cacheKey, version).orElse(null);

        try (Session session = sessionFactory.openSession()) {
            SearchSession search = Search.session(session);
            SearchScope<Offer> scope = search.scope(Offer.class);
            Conditions conditions = new Conditions(scope.predicate(), query, place.place(), today);
            Hits hits = new Hits(scope.projection(), ui, place.place());
            SearchSort order = sort(scope.sort(), sort, place.place());
            Aggregations aggregations = new Aggregations(scope.aggregation(), query, today);

            SearchPredicate text = conditions.words(ui, false);
            SearchResult<List<?>> result = run(search, scope, conditions, text, hits, order,
                    cachedFacets == null ? aggregations.definitions(aggregations.forMainQuery()) : Map.of(), query);
            boolean similar = false;
            if (result.total().hitCountLowerBound() == 0 && query.hasText()) {
                SearchPredicate fuzzy = conditions.words(ui, true);
                SearchResult<List<?>> retry = run(search, scope, conditions, fuzzy, hits, order,
                        aggregations.definitions(aggregations.forMainQuery()), query);
                if (retry.total().hitCountLowerBound() > 0) {
                    result = retry;
                    text = fuzzy;
                    similar = true;
                }
            }

            @Nullable List<Facet> facets = cachedFacets;
            if (facets == null) {
                Map<FacetGroup, Counts> counts = aggregations.read(result, aggregations.forMainQuery().keySet());
                for (FacetGroup group : FacetGroup.values()) {
                    if (group.multiValued() && query.isActive(group) && aggregations.counted(group)) {
                        // Disjunctive: what would each value of this group find together with the other filters?
                        Map<FacetGroup, AggregationKey<?>> keys = aggregations.forGroup(group);
                        var step = search.search(scope).select(hits.idOnly())
                                .where(conditions.combined(text, group));
                        aggregations.definitions(keys).forEach((key, definition) ->
                                addAggregation(step, key, definition));
                        SearchResult<?> counted = step.fetch(0);
                        counts.putAll(aggregations.read(counted, keys.keySet()));
                    }
                }
                facets = facets(query, ui, counts);
                if (cacheKey != null && !similar) {
                    facetCache.put(cacheKey, facets, version);
                }
            }
            List<OfferHit> offerHits = result.hits().stream().map(hits::toHit).toList();
            return new OfferSearchResult(query, result.total().hitCountLowerBound(),
                    !result.total().isHitCountExact(), offerHits, facets, similar, place.place(),
                    place.notFound(), sort, maintenance.isRebuilding());
        }
    }

    /**
     * What the answers of this search depend on besides the query: the index generation (it moves after every change
     * to the offer index) and the taxonomy's labels; {@code null} while the index is being rebuilt (answers are then
     * incomplete and must not be kept). Caches of whole answers key on it.
     */
    public @Nullable AnswersVersion answersVersion() {
        return maintenance.isRebuilding() ? null : new AnswersVersion(IndexChanges.generation(), taxonomy.version());
    }

    /** See {@link #answersVersion()}. */
    public record AnswersVersion(long indexGeneration, long taxonomyVersion) {}

    /** The sites of the offers a query finds (same filters and words as {@link #find}), for a map. */
    public OfferMap map(FinderQuery query, ContentLanguage ui) {
        LocalDate today = LocalDate.now(clock.withZone(BERLIN));
        ResolvedPlace place = resolve(query);
        try (Session session = sessionFactory.openSession()) {
            SearchSession search = Search.session(session);
            SearchScope<Offer> scope = search.scope(Offer.class);
            Conditions conditions = new Conditions(scope.predicate(), query, place.place(), today);
            Hits hits = new Hits(scope.projection(), ui, place.place());
            SearchSort order = sort(scope.sort(), place.place() != null ? FinderSort.DISTANCE
                    : effectiveSort(query, null), place.place());
            SearchPredicate text = conditions.words(ui, false);
            SearchResult<List<?>> result = search.search(scope).select(hits.mapPoints())
                    .where(conditions.combined(text, null)).sort(order).fetch(MAP_POINTS);
            if (result.total().hitCountLowerBound() == 0 && query.hasText()) {
                result = search.search(scope).select(hits.mapPoints())
                        .where(conditions.combined(conditions.words(ui, true), null)).sort(order).fetch(MAP_POINTS);
            }
            List<OfferMap.Point> points = new ArrayList<>();
            boolean truncated = false;
            for (List<?> row : result.hits()) {
                OfferId id = OfferId.of((UUID) row.get(0));
                String name = hits.displayName(row.get(1), row.get(2), row.get(3));
                for (Object point : (List<?>) row.get(4)) {
                    if (points.size() == MAP_POINTS) {
                        truncated = true;
                        break;
                    }
                    GeoPoint geo = (GeoPoint) point;
                    points.add(new OfferMap.Point(id, name, geo.latitude(), geo.longitude()));
                }
            }
            return new OfferMap(List.copyOf(points), result.total().hitCountLowerBound(),
                    truncated || result.total().hitCountLowerBound() > result.hits().size());
        }
    }

    private static SearchResult<List<?>> run(SearchSession search, SearchScope<Offer> scope, Conditions conditions,
            SearchPredicate text, Hits hits, SearchSort order,
            Map<AggregationKey<?>, org.hibernate.search.engine.search.aggregation.SearchAggregation<?>> aggregations,
            FinderQuery query) {
        var step = search.search(scope).select(hits.projections()).where(conditions.combined(text, null))
                .sort(order).totalHitCountThreshold(EXACT_TOTAL_UP_TO);
        aggregations.forEach((key, aggregation) -> addAggregation(step, key, aggregation));
        return step.fetch(query.offset(), query.pageSize());
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static void addAggregation(org.hibernate.search.engine.search.query.dsl.SearchQueryOptionsStep step,
            AggregationKey key, org.hibernate.search.engine.search.aggregation.SearchAggregation aggregation) {
        step.aggregation(key, aggregation);
    }

    // ---------------------------------------------------------------- place and order

    private record ResolvedPlace(@Nullable SearchPlace place, boolean notFound) {}

    private ResolvedPlace resolve(FinderQuery query) {
        if (query.position() != null) {
            return new ResolvedPlace(new SearchPlace("", query.position().latitude(), query.position().longitude(),
                    query.radiusKm()), false);
        }
        if (query.near() == null) {
            return new ResolvedPlace(null, false);
        }
        Matcher code = POSTAL_CODE.matcher(query.near());
        if (code.matches()) {
            var found = geography.postalCode(code.group(1));
            if (found.isPresent() && !found.get().places().isEmpty()) {
                PostalCodeSummary postal = found.get();
                PostalCodeSummary.Place first = postal.places().get(0);
                return new ResolvedPlace(new SearchPlace(postal.code() + " " + first.name(), first.latitude(),
                        first.longitude(), query.radiusKm()), false);
            }
            return new ResolvedPlace(null, true);
        }
        List<MunicipalitySummary> municipalities = geography.findMunicipalities(query.near(), 1);
        if (municipalities.isEmpty()) {
            return new ResolvedPlace(null, true);
        }
        MunicipalitySummary municipality = municipalities.get(0);
        return new ResolvedPlace(new SearchPlace(municipality.shortName(), municipality.latitude(),
                municipality.longitude(), query.radiusKm()), false);
    }

    private static FinderSort effectiveSort(FinderQuery query, @Nullable SearchPlace place) {
        FinderSort sort = query.sort();
        if (sort == FinderSort.DISTANCE && place == null) {
            sort = FinderSort.RELEVANCE;
        }
        if (sort == FinderSort.RELEVANCE && !query.hasText()) {
            sort = place != null ? FinderSort.DISTANCE : FinderSort.NAME;
        }
        return sort;
    }

    private static SearchSort sort(SearchSortFactory f, FinderSort sort, @Nullable SearchPlace place) {
        return switch (sort) {
            case DISTANCE -> f.distance(POINT, GeoPoint.of(place.latitude(), place.longitude())).mode(SortMode.MIN)
                    .missing().last().then().score().then().field(NAME_SORT).toSort();
            case START -> f.field(NEXT_START).missing().last().then().score().then().field(NAME_SORT).toSort();
            case NAME -> f.field(NAME_SORT).then().score().toSort();
            case RELEVANCE -> f.score().then().field(NAME_SORT).toSort();
        };
    }

    private static String facetCacheKey(FinderQuery query, ContentLanguage ui, LocalDate today) {
        FinderQuery normalised = query.toBuilder().page(1).pageSize(FinderQuery.PAGE_SIZE)
                .sort(FinderSort.RELEVANCE).view(FinderQuery.View.LIST).build();
        return ui.code() + "|" + today + "|" + normalised.toQueryString();
    }

    // ---------------------------------------------------------------- predicates

    /** The filters and words of one query, as predicates. */
    private static final class Conditions {

        private final SearchPredicateFactory f;
        private final FinderQuery query;
        private final @Nullable SearchPlace place;
        private final LocalDate today;

        Conditions(SearchPredicateFactory f, FinderQuery query, @Nullable SearchPlace place, LocalDate today) {
            this.f = f;
            this.query = query;
            this.place = place;
            this.today = today;
        }

        /** Words and filters together; the filters of {@code except} are left out (for its disjunctive counts). */
        SearchPredicate combined(SearchPredicate text, @Nullable FacetGroup except) {
            return f.bool().must(text).filter(filters(except)).toPredicate();
        }

        SearchPredicate filters(@Nullable FacetGroup except) {
            BooleanPredicateClausesStep<?, ?> b = f.bool();
            b.filter(f.range().field(VALID_FROM).atMost(today));
            b.filter(f.range().field(VALID_UNTIL).atLeast(today));
            if (query.district() != null) {
                b.filter(f.match().field(DISTRICT).matching(query.district().value()));
            }
            any(b, except, FacetGroup.CATEGORY, CATEGORY, query.categories());
            any(b, except, FacetGroup.TARGET_GROUP, TARGET_GROUP, query.targetGroups());
            any(b, except, FacetGroup.SPOKEN, SPOKEN, query.spoken());
            any(b, except, FacetGroup.LEVEL, COURSE_LEVEL, query.values(FacetGroup.LEVEL));
            if (except != FacetGroup.MUNICIPALITY && !query.municipalities().isEmpty()) {
                Set<String> districts = new TreeSet<>();
                query.municipalities().forEach(key -> districts.add(key.district().value()));
                b.filter(f.or(f.terms().field(AREA_SERVED).matchingAny(query.values(FacetGroup.MUNICIPALITY)),
                        f.terms().field(WHOLE_DISTRICT_OF).matchingAny(districts)));
            }
            if (except != FacetGroup.FREE && query.freeOfCharge()) {
                b.filter(f.match().field(FREE).matching(true));
            }
            if (except != FacetGroup.ACCESS && query.barrierFree()) {
                b.filter(f.match().field(BARRIER_FREE).matching(true));
            }
            if (except != FacetGroup.SOON && query.startsSoon()) {
                b.filter(f.range().field(NEXT_START).between(today, today.plusDays(SOON_DAYS)));
            }
            if (place != null) {
                var near = f.spatial().within().field(POINT)
                        .circle(GeoPoint.of(place.latitude(), place.longitude()), place.radiusKm(),
                                DistanceUnit.KILOMETERS);
                if (query.includeOnline()) {
                    b.filter(f.or(near, f.match().field(ONLINE).matching(true),
                            f.match().field(BY_PHONE).matching(true)));
                } else {
                    b.filter(near);
                }
            }
            return b.toPredicate();
        }

        private void any(BooleanPredicateClausesStep<?, ?> b, @Nullable FacetGroup except, FacetGroup group,
                String field, Collection<String> values) {
            if (except != group && !values.isEmpty()) {
                b.filter(f.terms().field(field).matchingAny(values));
            }
        }

        /**
         * The words: German always, the page language too; names weigh three times. Normal: typos of one letter in
         * names, for words of five letters or more. Fallback: one typo (two from eight letters) in any German text,
         * for words of four letters or more, without stemming or synonyms.
         */
        SearchPredicate words(ContentLanguage ui, boolean fallback) {
            if (!query.hasText()) {
                return f.matchAll().toPredicate();
            }
            List<String> words = OfferSearch.words(query.text());
            BooleanPredicateClausesStep<?, ?> b = f.bool();
            if (!fallback) {
                b.should(f.match().field(name(ContentLanguage.DE)).boost(NAME_BOOST).field(text(ContentLanguage.DE))
                        .matching(query.text()));
                if (ui != ContentLanguage.DE) {
                    b.should(f.match().field(name(ui)).boost(NAME_BOOST).field(text(ui)).matching(query.text()));
                }
                b.should(f.match().field(PROVIDER).matching(query.text()).boost(0.5f));
                for (String word : words) {
                    if (word.length() >= 5) {
                        b.should(f.match().field(NAME_PLAIN).matching(word).fuzzy(1, 2).boost(0.5f));
                    }
                }
            } else {
                for (String word : words) {
                    if (word.length() >= 4) {
                        b.should(f.match().field(NAME_PLAIN).boost(2f).field(TEXT_PLAIN).matching(word)
                                .fuzzy(word.length() >= 8 ? 2 : 1, 1));
                    }
                }
                if (!b.hasClause()) {
                    return f.matchNone().toPredicate();
                }
            }
            return b.minimumShouldMatchNumber(1).toPredicate();
        }
    }

    static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        for (String word : WORD_SEPARATOR.split(text)) {
            if (!word.isEmpty()) {
                words.add(word);
            }
        }
        return words;
    }

    // ---------------------------------------------------------------- projections

    /** The projected fields of a hit, by position, and how to turn them into an {@link OfferHit}. */
    private final class Hits {

        private final SearchProjectionFactory<?, ?> f;
        private final ContentLanguage ui;
        private final @Nullable SearchPlace place;

        Hits(SearchProjectionFactory<?, ?> f, ContentLanguage ui, @Nullable SearchPlace place) {
            this.f = f;
            this.ui = ui;
            this.place = place;
        }

        SearchProjection<?>[] projections() {
            List<SearchProjection<?>> p = new ArrayList<>();
            p.add(f.id(UUID.class).toProjection());                                         // 0
            p.add(f.field(name(ContentLanguage.DE), String.class).toProjection());          // 1
            p.add(f.field(summary(ContentLanguage.DE), String.class).toProjection());       // 2
            p.add(f.field(name(ui), String.class).toProjection());                          // 3
            p.add(f.field(summary(ui), String.class).toProjection());                       // 4
            p.add(f.field(CURRENT_LANGUAGES, String.class).list().toProjection());          // 5
            p.add(f.field(OUTDATED_LANGUAGES, String.class).list().toProjection());         // 6
            p.add(f.field(PROVIDER, String.class).toProjection());                          // 7
            p.add(f.field(CATEGORY, String.class).list().toProjection());                   // 8
            p.add(f.field(CITY, String.class).list().toProjection());                       // 9
            p.add(f.field(SITE_MUNICIPALITY, String.class).list().toProjection());          // 10
            p.add(place == null ? f.constant(List.of()).toProjection()                      // 11
                    : f.distance(POINT, GeoPoint.of(place.latitude(), place.longitude())).list()
                            .unit(DistanceUnit.KILOMETERS).toProjection());
            for (String flag : List.of(FREE, REGISTRATION_REQUIRED, APPOINTMENT_REQUIRED, BARRIER_FREE,
                    LOW_THRESHOLD, VOLUNTEER_RUN, ONLINE, BY_PHONE)) {
                p.add(f.field(flag, Boolean.class).toProjection());                          // 12-19
            }
            p.add(f.field(COURSE_LEVEL, String.class).toProjection());                      // 20
            p.add(f.field(COURSE_START, LocalDate.class).toProjection());                   // 21
            p.add(f.field(NEXT_START, LocalDate.class).toProjection());                     // 22
            return p.toArray(SearchProjection<?>[]::new);
        }

        SearchProjection<?>[] mapPoints() {
            return new SearchProjection<?>[] {f.id(UUID.class).toProjection(),
                    f.field(name(ContentLanguage.DE), String.class).toProjection(),
                    f.field(name(ui), String.class).toProjection(),
                    f.field(CURRENT_LANGUAGES, String.class).list().toProjection(),
                    f.field(POINT, GeoPoint.class).list().toProjection()};
        }

        SearchProjection<?> idOnly() {
            return f.id(UUID.class).toProjection();
        }

        String displayName(Object german, @Nullable Object translated, Object currentLanguages) {
            boolean current = ((List<?>) currentLanguages).contains(ui.code());
            return ui != ContentLanguage.DE && current && translated != null ? (String) translated : (String) german;
        }

        OfferHit toHit(List<?> row) {
            List<?> current = (List<?>) row.get(5);
            List<?> outdated = (List<?>) row.get(6);
            String name = (String) row.get(1);
            String summary = (String) row.get(2);
            ContentLanguage language = ContentLanguage.DE;
            TranslationStatus fallback = null;
            if (ui != ContentLanguage.DE) {
                if (current.contains(ui.code()) && row.get(3) != null && row.get(4) != null) {
                    name = (String) row.get(3);
                    summary = (String) row.get(4);
                    language = ui;
                } else {
                    fallback = outdated.contains(ui.code()) ? TranslationStatus.OUTDATED : TranslationStatus.MISSING;
                }
            }
            @SuppressWarnings("unchecked")
            List<String> categories = (List<String>) row.get(8);
            @SuppressWarnings("unchecked")
            List<String> cities = (List<String>) row.get(9);
            @SuppressWarnings("unchecked")
            List<String> municipalities = (List<String>) row.get(10);
            Double distance = null;
            for (Object value : (List<?>) row.get(11)) {
                if (value != null && (distance == null || (Double) value < distance)) {
                    distance = (Double) value;
                }
            }
            OfferFlags flags = new OfferFlags(bool(row.get(12)), bool(row.get(13)), bool(row.get(14)),
                    bool(row.get(15)), bool(row.get(16)), bool(row.get(17)), bool(row.get(18)), bool(row.get(19)));
            String level = (String) row.get(20);
            return new OfferHit(OfferId.of((UUID) row.get(0)), name, summary == null ? "" : summary, language,
                    fallback, (String) row.get(7), categoryLabels(categories, ui), List.copyOf(cities),
                    municipalities.stream().map(MunicipalityKey::of).toList(), distance, flags,
                    level == null ? null : CourseLevel.valueOf(level), (LocalDate) row.get(21),
                    (LocalDate) row.get(22));
        }
    }

    private static boolean bool(@Nullable Object value) {
        return Boolean.TRUE.equals(value);
    }

    /** The most specific categories (a parent that comes with one of its children is left out), labelled. */
    private List<Label> categoryLabels(List<String> codes, ContentLanguage ui) {
        CatalogSnapshot catalog = taxonomy.snapshot();
        List<Label> labels = new ArrayList<>();
        for (String code : codes) {
            boolean parentOfAnother = codes.stream().anyMatch(other -> other.startsWith(code + "."));
            if (!parentOfAnother) {
                labels.add(new Label(code, catalog.label(TaxonomyCatalog.CATEGORIES, code, ui)));
            }
        }
        return List.copyOf(labels);
    }

    // ---------------------------------------------------------------- facets

    /** Counts of the values of each group. */
    private record Counts(Map<String, Long> values) {}

    /** The aggregations behind the facets and how to read them. */
    private static final class Aggregations {

        private final SearchAggregationFactory f;
        private final FinderQuery query;
        private final Set<DistrictKey> districts;
        private final LocalDate today;
        private final Map<FacetGroup, AggregationKey<?>> keys = new EnumMap<>(FacetGroup.class);
        private final AggregationKey<Map<String, Long>> wholeDistrictKey = AggregationKey.of("wholeDistrictOf");

        Aggregations(SearchAggregationFactory f, FinderQuery query, LocalDate today) {
            this.f = f;
            this.query = query;
            this.today = today;
            this.districts = countedDistricts(query);
            for (FacetGroup group : FacetGroup.values()) {
                keys.put(group, AggregationKey.of(group.parameter()));
            }
        }

        /** Municipalities are only counted within a district (a statewide list would be useless and slow). */
        boolean counted(FacetGroup group) {
            return group != FacetGroup.MUNICIPALITY || !districts.isEmpty();
        }

        /** The groups the main query counts: all except the active multi-valued ones (they need their own query). */
        Map<FacetGroup, AggregationKey<?>> forMainQuery() {
            Map<FacetGroup, AggregationKey<?>> main = new EnumMap<>(FacetGroup.class);
            for (FacetGroup group : FacetGroup.values()) {
                if (counted(group) && !(group.multiValued() && query.isActive(group))) {
                    main.put(group, keys.get(group));
                }
            }
            return main;
        }

        Map<FacetGroup, AggregationKey<?>> forGroup(FacetGroup group) {
            return Map.of(group, keys.get(group));
        }

        Map<AggregationKey<?>, org.hibernate.search.engine.search.aggregation.SearchAggregation<?>> definitions(
                Map<FacetGroup, AggregationKey<?>> wanted) {
            Map<AggregationKey<?>, org.hibernate.search.engine.search.aggregation.SearchAggregation<?>> definitions =
                    new HashMap<>();
            wanted.forEach((group, key) -> {
                definitions.put(key, definition(group));
                if (group == FacetGroup.MUNICIPALITY) {
                    definitions.put(wholeDistrictKey, f.terms().field(WHOLE_DISTRICT_OF, String.class)
                            .maxTermCount(20).toAggregation());
                }
            });
            return definitions;
        }

        private org.hibernate.search.engine.search.aggregation.SearchAggregation<?> definition(FacetGroup group) {
            return switch (group) {
                case CATEGORY -> f.terms().field(CATEGORY, String.class).maxTermCount(500).toAggregation();
                case TARGET_GROUP -> f.terms().field(TARGET_GROUP, String.class).maxTermCount(200).toAggregation();
                case SPOKEN -> f.terms().field(SPOKEN, String.class).maxTermCount(200).toAggregation();
                case MUNICIPALITY -> f.terms().field(AREA_SERVED, String.class).maxTermCount(500).toAggregation();
                case LEVEL -> f.terms().field(COURSE_LEVEL, String.class).maxTermCount(10).toAggregation();
                case FREE -> f.terms().field(FREE, Boolean.class).toAggregation();
                case ACCESS -> f.terms().field(BARRIER_FREE, Boolean.class).toAggregation();
                case SOON -> f.range().field(NEXT_START, LocalDate.class)
                        .range(Range.canonical(today, today.plusDays(SOON_DAYS + 1)))
                        .toAggregation();
            };
        }

        Map<FacetGroup, Counts> read(SearchResult<?> result, Set<FacetGroup> groups) {
            Map<FacetGroup, Counts> counts = new EnumMap<>(FacetGroup.class);
            for (FacetGroup group : groups) {
                Object raw = result.aggregation(keys.get(group));
                Map<String, Long> values = new HashMap<>();
                if (raw instanceof Map<?, ?> map) {
                    map.forEach((value, count) -> {
                        if (value instanceof Boolean flag) {
                            if (flag) {
                                values.put("1", (Long) count);
                            }
                        } else if (value instanceof Range<?>) {
                            values.put("1", (Long) count);
                        } else {
                            values.put(String.valueOf(value), (Long) count);
                        }
                    });
                }
                if (group == FacetGroup.MUNICIPALITY) {
                    Map<String, Long> whole = result.aggregation(wholeDistrictKey);
                    whole.forEach((district, count) -> values.put(WHOLE_DISTRICT_OF + ":" + district, count));
                }
                counts.put(group, new Counts(values));
            }
            return counts;
        }
    }

    /** The districts whose municipalities are counted: the district filter's and those of the chosen municipalities. */
    private static Set<DistrictKey> countedDistricts(FinderQuery query) {
        Set<DistrictKey> districts = new TreeSet<>();
        if (query.district() != null) {
            districts.add(query.district());
        }
        query.municipalities().forEach(key -> districts.add(key.district()));
        return districts;
    }

    private List<Facet> facets(FinderQuery query, ContentLanguage ui, Map<FacetGroup, Counts> counts) {
        Locale locale = Locale.forLanguageTag(ui.code());
        CatalogSnapshot catalog = taxonomy.snapshot();
        List<Facet> facets = new ArrayList<>();
        for (FacetGroup group : FacetGroup.values()) {
            Map<String, Long> values = counts.containsKey(group) ? counts.get(group).values() : Map.of();
            Set<String> selected = query.values(group);
            List<FacetValue> list = new ArrayList<>();
            switch (group) {
                case CATEGORY, TARGET_GROUP -> {
                    String code = group == FacetGroup.CATEGORY ? TaxonomyCatalog.CATEGORIES
                            : TaxonomyCatalog.TARGET_GROUPS;
                    for (CatalogTerm term : catalog.terms(code)) {
                        add(list, term.code(), term.label(ui), values, selected, term.depth());
                    }
                }
                case SPOKEN -> {
                    for (String code : SpokenLanguages.CODES) {
                        String fallbackLabel = Locale.forLanguageTag(code).getDisplayLanguage(locale);
                        add(list, code, messages.getMessage("directory.spoken." + code, null,
                                fallbackLabel.isBlank() ? code : fallbackLabel, locale), values, selected, 0);
                    }
                }
                case MUNICIPALITY -> {
                    for (DistrictKey district : countedDistricts(query)) {
                        long whole = values.getOrDefault(WHOLE_DISTRICT_OF + ":" + district.value(), 0L);
                        for (MunicipalitySummary municipality : geography.municipalitiesOf(district)) {
                            String ags = municipality.key().value();
                            long count = values.getOrDefault(ags, 0L) + whole;
                            if (count > 0 || selected.contains(ags)) {
                                list.add(new FacetValue(ags, municipality.shortName(), count,
                                        selected.contains(ags), 0));
                            }
                        }
                    }
                }
                case LEVEL -> {
                    for (CourseLevel level : CourseLevel.values()) {
                        add(list, level.name(), level.name(), values, selected, 0);
                    }
                }
                case FREE, ACCESS, SOON -> add(list, "1",
                        messages.getMessage("directory.search.flag." + group.parameter(), null, locale), values,
                        selected, 0);
            }
            facets.add(new Facet(group, messages.getMessage(group.labelKey(), null, locale), List.copyOf(list)));
        }
        return List.copyOf(facets);
    }

    private static void add(List<FacetValue> list, String code, String label, Map<String, Long> counts,
            Set<String> selected, int depth) {
        long count = counts.getOrDefault(code, 0L);
        if (count > 0 || selected.contains(code)) {
            list.add(new FacetValue(code, label, count, selected.contains(code), depth));
        }
    }
}
