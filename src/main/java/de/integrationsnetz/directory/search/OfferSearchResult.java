package de.integrationsnetz.directory.search;

import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A page of finder results with the facet counts.
 *
 * @param total offers found; a lower bound when {@code totalIsLowerBound} (more than {@value OfferSearch#EXACT_TOTAL_UP_TO})
 * @param hits the offers of the requested page
 * @param facets the filter groups with counts, in the order of {@link FacetGroup}
 * @param similarTerms nothing matched the words exactly, so these are results for similar words (typo tolerance)
 * @param place the place searched around, when {@code near} or a position was given and understood
 * @param placeNotFound {@code near} was given but is no known postal code or place (the search ran without it)
 * @param sort the order actually applied ({@link FinderSort#DISTANCE} needs a place, {@link FinderSort#RELEVANCE}
 *     without words becomes distance or name)
 * @param indexRebuilding the index is being rebuilt: results may be incomplete for a while
 */
public record OfferSearchResult(FinderQuery query, long total, boolean totalIsLowerBound, List<OfferHit> hits,
        List<Facet> facets, boolean similarTerms, @Nullable SearchPlace place, boolean placeNotFound,
        FinderSort sort, boolean indexRebuilding) {

    public int page() {
        return query.page();
    }

    public int pageSize() {
        return query.pageSize();
    }

    public int totalPages() {
        long pages = (total + query.pageSize() - 1) / query.pageSize();
        return (int) Math.min(pages, FinderQuery.MAX_RESULT_WINDOW / query.pageSize());
    }

    public Optional<Facet> facet(FacetGroup group) {
        return facets.stream().filter(facet -> facet.group() == group).findFirst();
    }
}
