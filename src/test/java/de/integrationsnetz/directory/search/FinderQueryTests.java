package de.integrationsnetz.directory.search;

import static org.assertj.core.api.Assertions.assertThat;

import de.integrationsnetz.directory.Coordinates;
import de.integrationsnetz.directory.offer.CourseLevel;
import de.integrationsnetz.shared.MunicipalityKey;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The finder's URL parameters (docs/directory.md §5.1) in and out of {@link FinderQuery}. */
class FinderQueryTests {

    @Test
    void readsEveryParameterOfTheFinder() {
        FinderQuery.Parsed parsed = FinderQuery.parse(parameters("q", " Deutsch  lernen ", "cat", "spracherwerb",
                "cat", "beratung.mbe", "tg", "frauen", "spoken", "ar", "mun", "14522180", "district", "14522",
                "free", "1", "access", "1", "level", "a1", "level", "B1", "soon", "1", "near", "09599",
                "lat", "50.91", "lon", "13.34", "radius", "10", "online", "0", "sort", "distance", "view", "map",
                "page", "3", "size", "50", "lang", "ar"));

        assertThat(parsed.problems()).isEmpty();
        FinderQuery query = parsed.query();
        assertThat(query.text()).isEqualTo("Deutsch lernen");
        assertThat(query.categories()).containsExactly("beratung.mbe", "spracherwerb");
        assertThat(query.targetGroups()).containsExactly("frauen");
        assertThat(query.spoken()).containsExactly("ar");
        assertThat(query.municipalities()).containsExactly(MunicipalityKey.of("14522180"));
        assertThat(query.district().value()).isEqualTo("14522");
        assertThat(query.freeOfCharge()).isTrue();
        assertThat(query.barrierFree()).isTrue();
        assertThat(query.levels()).containsExactly(CourseLevel.A1, CourseLevel.B1);
        assertThat(query.startsSoon()).isTrue();
        assertThat(query.near()).isEqualTo("09599");
        assertThat(query.position()).isEqualTo(new Coordinates(50.91, 13.34));
        assertThat(query.radiusKm()).isEqualTo(10);
        assertThat(query.includeOnline()).isFalse();
        assertThat(query.sort()).isEqualTo(FinderSort.DISTANCE);
        assertThat(query.view()).isEqualTo(FinderQuery.View.MAP);
        assertThat(query.page()).isEqualTo(3);
        assertThat(query.pageSize()).isEqualTo(50);
        assertThat(query.offset()).isEqualTo(100);
    }

    @Test
    void writesTheParametersBackInCanonicalOrderWithoutDefaults() {
        FinderQuery query = FinderQuery.parse(parameters("page", "2", "cat", "spracherwerb", "q", "Café & Tee",
                "free", "1", "cat", "beratung", "radius", "25", "sort", "relevance")).query();

        assertThat(query.toQueryString())
                .isEqualTo("q=Caf%C3%A9%20%26%20Tee&cat=beratung&cat=spracherwerb&free=1&page=2");
        assertThat(FinderQuery.parse(parameters("q", "Café & Tee", "cat", "spracherwerb", "cat", "beratung",
                "free", "1", "page", "2")).query()).isEqualTo(query);
        assertThat(FinderQuery.ALL.toQueryString()).isEmpty();
    }

    @Test
    void reportsEveryValueItCannotUnderstandAndLeavesItOut() {
        FinderQuery.Parsed parsed = FinderQuery.parse(parameters("page", "abc", "radius", "7", "level", "X9",
                "spoken", "klingonisch", "mun", "123", "lat", "51", "free", "vielleicht", "size", "500",
                "sort", "random", "cat", "Beratung!"));

        assertThat(parsed.valid()).isFalse();
        assertThat(parsed.problems()).hasSize(10);
        assertThat(parsed.query()).isEqualTo(FinderQuery.ALL);
    }

    @Test
    void refusesPagesBeyondTheResultWindow() {
        FinderQuery.Parsed parsed = FinderQuery.parse(parameters("page", "600", "size", "20"));

        assertThat(parsed.problems()).singleElement().asString().startsWith("page:");
        assertThat(parsed.query().page()).isEqualTo(1);
    }

    @Test
    void togglesFilterValuesForFacetLinksAndStartsAgainOnPageOne() {
        FinderQuery query = FinderQuery.builder().categories("beratung").page(4).build();

        FinderQuery more = query.toggle(FacetGroup.CATEGORY, "spracherwerb");
        FinderQuery less = more.toggle(FacetGroup.CATEGORY, "beratung");
        FinderQuery free = less.toggle(FacetGroup.FREE, "1");

        assertThat(more.categories()).containsExactly("beratung", "spracherwerb");
        assertThat(more.page()).isEqualTo(1);
        assertThat(less.categories()).containsExactly("spracherwerb");
        assertThat(free.freeOfCharge()).isTrue();
        assertThat(free.toggle(FacetGroup.FREE, "1").freeOfCharge()).isFalse();
        assertThat(free.values(FacetGroup.FREE)).containsExactly("1");
        assertThat(query.withPage(2).toQueryString()).isEqualTo("cat=beratung&page=2");
    }

    private static Map<String, List<String>> parameters(String... pairs) {
        Map<String, List<String>> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.computeIfAbsent(pairs[i], k -> new java.util.ArrayList<>()).add(pairs[i + 1]);
        }
        return map;
    }
}
