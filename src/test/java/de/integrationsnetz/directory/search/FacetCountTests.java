package de.integrationsnetz.directory.search;

import static de.integrationsnetz.directory.search.SearchFixtures.GOERLITZ;
import static de.integrationsnetz.directory.search.SearchFixtures.LOEBAU;
import static de.integrationsnetz.directory.search.SearchFixtures.TODAY;
import static de.integrationsnetz.directory.search.SearchFixtures.offer;
import static org.assertj.core.api.Assertions.assertThat;

import de.integrationsnetz.directory.ContentLanguage;
import de.integrationsnetz.directory.OfferId;
import de.integrationsnetz.directory.offer.CourseLevel;
import de.integrationsnetz.directory.organisation.OrganisationManagement;
import de.integrationsnetz.directory.organisation.OrganisationRef;
import de.integrationsnetz.directory.taxonomy.TaxonomyCatalog;
import de.integrationsnetz.shared.DistrictKey;
import de.integrationsnetz.shared.MunicipalityKey;
import de.integrationsnetz.support.IntegrationTest;
import jakarta.persistence.EntityManager;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Each filter finds exactly its offers, filters of different groups combine (AND), values of one group are
 * alternatives (OR), and the counts next to each value say what choosing it would find (docs/directory.md §4.5):
 * disjunctive within an active group, with every other filter applied. Own offers in Görlitz (14626).
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FacetCountTests {

    static final DistrictKey GOERLITZ_DISTRICT = DistrictKey.of("14626");
    static final MunicipalityKey GOERLITZ_TOWN = MunicipalityKey.of(GOERLITZ.municipality());
    static final MunicipalityKey LOEBAU_TOWN = MunicipalityKey.of(LOEBAU.municipality());

    @Autowired
    OfferSearch search;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    EntityManager entityManager;

    @Autowired
    OrganisationManagement organisations;

    @Autowired
    TaxonomyCatalog taxonomy;

    SearchFixtures fixtures;
    OfferId counselling;
    OfferId course;
    OfferId cafe;
    OfferId legalAdvice;

    @BeforeAll
    void createOffers() {
        fixtures = new SearchFixtures(transactions, entityManager, organisations, taxonomy);
        OrganisationRef owner = fixtures.organisation(GOERLITZ_DISTRICT, "Facettentest Görlitz e. V.");
        counselling = fixtures.published(owner, offer("Migrationsberatung Görlitz", "Beratung.")
                .categories("beratung.mbe").targetGroups("frauen").languages("ar").free()
                .at(fixtures.site(owner, GOERLITZ)));
        course = fixtures.published(owner, offer("Integrationskurs Görlitz", "Kurs.")
                .categories("spracherwerb.integrationskurs").targetGroups("frauen").languages("ar", "uk")
                .course(CourseLevel.A1, TODAY.plusDays(10)).barrierFree().at(fixtures.site(owner, GOERLITZ)));
        cafe = fixtures.published(owner, offer("Sprachcafé Löbau", "Café.")
                .categories("spracherwerb.sprachcafe").targetGroups("familien").languages("uk").free()
                .barrierFree().at(fixtures.site(owner, LOEBAU)));
        legalAdvice = fixtures.published(owner, offer("Rechtsberatung im ganzen Landkreis", "Telefonisch.")
                .categories("beratung.recht").wholeDistrict().free().online());
        fixtures.draft(owner, offer("Beratung im Entwurf", "Noch nicht öffentlich.").categories("beratung").free());
    }

    @Test
    void countsEveryValueWithoutFilters() {
        OfferSearchResult result = find(FinderQuery.builder());

        assertThat(result.total()).isEqualTo(4);
        assertThat(counts(result, FacetGroup.CATEGORY)).containsEntry("beratung", 2L)
                .containsEntry("beratung.mbe", 1L).containsEntry("beratung.recht", 1L)
                .containsEntry("spracherwerb", 2L).containsEntry("spracherwerb.integrationskurs", 1L)
                .containsEntry("spracherwerb.sprachcafe", 1L).doesNotContainKey("wohnen");
        assertThat(counts(result, FacetGroup.TARGET_GROUP)).containsOnly(Map.entry("frauen", 2L),
                Map.entry("familien", 1L));
        assertThat(counts(result, FacetGroup.SPOKEN)).containsOnly(Map.entry("ar", 2L), Map.entry("uk", 2L));
        assertThat(counts(result, FacetGroup.LEVEL)).containsOnly(Map.entry("A1", 1L));
        assertThat(counts(result, FacetGroup.FREE)).containsOnly(Map.entry("1", 3L));
        assertThat(counts(result, FacetGroup.ACCESS)).containsOnly(Map.entry("1", 2L));
        assertThat(counts(result, FacetGroup.SOON)).containsOnly(Map.entry("1", 1L));
        assertThat(counts(result, FacetGroup.MUNICIPALITY)).containsEntry(GOERLITZ_TOWN.value(), 3L)
                .containsEntry(LOEBAU_TOWN.value(), 2L);
    }

    @Test
    void eachFilterAloneFindsExactlyItsOffers() {
        assertThat(ids(FinderQuery.builder().categories("beratung"))).containsExactlyInAnyOrder(counselling,
                legalAdvice);
        assertThat(ids(FinderQuery.builder().targetGroups("frauen"))).containsExactlyInAnyOrder(counselling, course);
        assertThat(ids(FinderQuery.builder().spoken("uk"))).containsExactlyInAnyOrder(course, cafe);
        assertThat(ids(FinderQuery.builder().levels(CourseLevel.A1))).containsExactly(course);
        assertThat(ids(FinderQuery.builder().freeOfCharge(true))).containsExactlyInAnyOrder(counselling, cafe,
                legalAdvice);
        assertThat(ids(FinderQuery.builder().barrierFree(true))).containsExactlyInAnyOrder(course, cafe);
        assertThat(ids(FinderQuery.builder().startsSoon(true))).containsExactly(course);
        assertThat(ids(FinderQuery.builder().municipalities(LOEBAU_TOWN))).containsExactlyInAnyOrder(cafe,
                legalAdvice);
    }

    @Test
    void valuesOfOneGroupAreAlternativesAndGroupsCombine() {
        assertThat(ids(FinderQuery.builder().categories("beratung.mbe", "spracherwerb.sprachcafe")))
                .containsExactlyInAnyOrder(counselling, cafe);
        assertThat(ids(FinderQuery.builder().categories("spracherwerb").freeOfCharge(true))).containsExactly(cafe);
        assertThat(ids(FinderQuery.builder().spoken("ar").barrierFree(true).targetGroups("frauen")))
                .containsExactly(course);
    }

    @Test
    void countsAnActiveGroupDisjunctivelyAndTheOthersWithItsFilter() {
        OfferSearchResult result = find(FinderQuery.builder().categories("beratung"));

        assertThat(counts(result, FacetGroup.CATEGORY)).containsEntry("beratung", 2L)
                .containsEntry("spracherwerb", 2L).containsEntry("spracherwerb.sprachcafe", 1L);
        assertThat(result.facet(FacetGroup.CATEGORY).orElseThrow().values())
                .filteredOn(FacetValue::selected).extracting(FacetValue::code).containsExactly("beratung");
        assertThat(counts(result, FacetGroup.FREE)).containsOnly(Map.entry("1", 2L));
        assertThat(counts(result, FacetGroup.TARGET_GROUP)).containsOnly(Map.entry("frauen", 1L));
        assertThat(counts(result, FacetGroup.SPOKEN)).containsOnly(Map.entry("ar", 1L));
    }

    @Test
    void countsEachActiveGroupWithTheFiltersOfTheOtherGroups() {
        OfferSearchResult result = find(FinderQuery.builder().categories("spracherwerb").freeOfCharge(true));

        assertThat(result.hits()).extracting(OfferHit::id).containsExactly(cafe);
        assertThat(counts(result, FacetGroup.CATEGORY)).containsEntry("beratung", 2L)
                .containsEntry("spracherwerb", 1L).doesNotContainKey("spracherwerb.integrationskurs");
        assertThat(counts(result, FacetGroup.FREE)).containsOnly(Map.entry("1", 1L));
        assertThat(counts(result, FacetGroup.ACCESS)).containsOnly(Map.entry("1", 1L));
    }

    @Test
    void countsMunicipalitiesWithTheOffersThatServeTheWholeDistrict() {
        OfferSearchResult result = find(FinderQuery.builder().municipalities(GOERLITZ_TOWN));

        assertThat(result.hits()).extracting(OfferHit::id).containsExactlyInAnyOrder(counselling, course,
                legalAdvice);
        assertThat(counts(result, FacetGroup.MUNICIPALITY)).containsEntry(GOERLITZ_TOWN.value(), 3L)
                .containsEntry(LOEBAU_TOWN.value(), 2L);
        assertThat(result.facet(FacetGroup.MUNICIPALITY).orElseThrow().values())
                .filteredOn(value -> value.code().equals(LOEBAU_TOWN.value())).singleElement()
                .extracting(FacetValue::label).isEqualTo("Löbau");
    }

    @Test
    void labelsValuesInThePageLanguage() {
        OfferSearchResult result = search.find(FinderQuery.builder().district(GOERLITZ_DISTRICT).build(),
                ContentLanguage.EN);

        assertThat(result.facet(FacetGroup.CATEGORY).orElseThrow().values()).filteredOn(v -> v.code()
                .equals("beratung")).singleElement().extracting(FacetValue::label)
                .isEqualTo(taxonomy.label(TaxonomyCatalog.CATEGORIES, "beratung", java.util.Locale.ENGLISH));
        assertThat(result.facet(FacetGroup.FREE).orElseThrow().label()).isEqualTo("Cost");
        assertThat(result.facet(FacetGroup.FREE).orElseThrow().values()).singleElement()
                .extracting(FacetValue::label).isEqualTo("free of charge");
    }

    @Test
    void cachedCountsFollowAnOfferPublishedAfterThem() {
        DistrictKey erzgebirge = DistrictKey.of("14521");
        OrganisationRef owner = fixtures.organisation(erzgebirge, "Facettentest Erzgebirge e. V.");
        FinderQuery query = FinderQuery.builder().district(erzgebirge).build();
        assertThat(counts(search.find(query, ContentLanguage.DE), FacetGroup.CATEGORY)).doesNotContainKey("wohnen");

        fixtures.published(owner, offer("Wohnungssuche Annaberg", "Hilfe bei der Wohnungssuche.")
                .categories("wohnen"));

        assertThat(counts(search.find(query, ContentLanguage.DE), FacetGroup.CATEGORY))
                .containsEntry("wohnen", 1L);
    }

    @Test
    void cachedCountsOfASearchWithWordsFollowAnOfferPublishedAfterThem() {
        DistrictKey zwickau = DistrictKey.of("14524");
        OrganisationRef owner = fixtures.organisation(zwickau, "Facettentest Zwickau e. V.");
        fixtures.published(owner, offer("Nähcafé Zwickau", "Gemeinsam nähen.").categories("soziokultur"));
        FinderQuery query = FinderQuery.builder().district(zwickau).text("Nähcafé").build();
        assertThat(counts(search.find(query, ContentLanguage.DE), FacetGroup.CATEGORY)).doesNotContainKey("wohnen");

        fixtures.published(owner, offer("Nähcafé für Wohnungssuchende", "Nähen und Wohnungssuche.")
                .categories("wohnen"));

        assertThat(counts(search.find(query, ContentLanguage.DE), FacetGroup.CATEGORY))
                .as("the index changed, so the cached counts are not used").containsEntry("wohnen", 1L);
    }

    private OfferSearchResult find(FinderQuery.Builder query) {
        return search.find(query.district(GOERLITZ_DISTRICT).pageSize(100).build(), ContentLanguage.DE);
    }

    private java.util.List<OfferId> ids(FinderQuery.Builder query) {
        return find(query).hits().stream().map(OfferHit::id).toList();
    }

    private static Map<String, Long> counts(OfferSearchResult result, FacetGroup group) {
        return result.facet(group).orElseThrow().values().stream()
                .collect(Collectors.toMap(FacetValue::code, FacetValue::count));
    }
}
