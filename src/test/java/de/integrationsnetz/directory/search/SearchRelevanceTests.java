package de.integrationsnetz.directory.search;

import static de.integrationsnetz.directory.search.SearchFixtures.BAUTZEN;
import static de.integrationsnetz.directory.search.SearchFixtures.BISCHOFSWERDA;
import static de.integrationsnetz.directory.search.SearchFixtures.DRESDEN;
import static de.integrationsnetz.directory.search.SearchFixtures.GOERLITZ;
import static de.integrationsnetz.directory.search.SearchFixtures.NOW;
import static de.integrationsnetz.directory.search.SearchFixtures.TODAY;
import static de.integrationsnetz.directory.search.SearchFixtures.offer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import de.integrationsnetz.directory.ContentLanguage;
import de.integrationsnetz.directory.OfferId;
import de.integrationsnetz.directory.offer.Actor;
import de.integrationsnetz.directory.offer.Offer;
import de.integrationsnetz.directory.offer.OfferContent;
import de.integrationsnetz.directory.organisation.OrganisationManagement;
import de.integrationsnetz.directory.organisation.OrganisationRef;
import de.integrationsnetz.directory.taxonomy.TaxonomyCatalog;
import de.integrationsnetz.directory.translation.TranslatedField;
import de.integrationsnetz.directory.translation.TranslationStatus;
import de.integrationsnetz.shared.DistrictKey;
import de.integrationsnetz.support.IntegrationTest;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.UUID;
import org.hibernate.search.mapper.orm.Search;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The search finds what people mean (docs/directory.md §4.8): stemming, umlaut folding, compounds, typos, synonyms,
 * translations, category parents, distance, ranking, and only published, currently valid offers, following every
 * change through automatic indexing. Own offers in Bautzen (14625); every query is filtered to that district.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SearchRelevanceTests {

    static final DistrictKey BAUTZEN_DISTRICT = DistrictKey.of("14625");

    @Autowired
    OfferSearch search;

    @Autowired
    SearchIndexMaintenance maintenance;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    EntityManager entityManager;

    @Autowired
    OrganisationManagement organisations;

    @Autowired
    TaxonomyCatalog taxonomy;

    SearchFixtures fixtures;
    OrganisationRef owner;
    OfferId familyCounselling;
    OfferId meetingCafe;
    OfferId eveningCourse;
    OfferId womenLanguageCourse;
    OfferId migrationCounselling;
    OfferId integrationCourse;
    OfferId mbe;
    OfferId languageCafe;
    OfferId outdatedTranslation;

    @BeforeAll
    void createOffers() {
        fixtures = new SearchFixtures(transactions, entityManager, organisations, taxonomy);
        owner = fixtures.organisation(BAUTZEN_DISTRICT, "Suchtest Bautzen e. V.");
        familyCounselling = fixtures.published(owner, offer("Beratung für Familien",
                "Wir beraten Eltern und Kinder in allen Lebenslagen."));
        meetingCafe = fixtures.published(owner, offer("Begegnungscafé Müllerstraße",
                "Jeden Mittwoch Kaffee und Gespräche."));
        eveningCourse = fixtures.published(owner, offer("Deutschkurs am Abend",
                "Für Berufstätige nach Feierabend."));
        womenLanguageCourse = fixtures.published(owner, offer("Sprachkurs für Frauen",
                "Mit Kinderbetreuung während des Unterrichts."));
        migrationCounselling = fixtures.published(owner, offer("Migrationsberatung für Erwachsene",
                "Aufenthalt, Arbeit, Anerkennung von Abschlüssen."));
        integrationCourse = fixtures.published(owner, offer("Integrationskurs A1",
                "Allgemeiner Integrationskurs mit Orientierungskurs."));
        mbe = fixtures.published(owner, offer("Sprechstunde Zuwanderung",
                "Offene Sprechstunde ohne Termin.").categories("beratung.mbe"));
        languageCafe = fixtures.published(owner, offer("Sprachtreff Kornmarkt", "Deutsch üben bei Tee.")
                .translated(TranslatedField.NAME, ContentLanguage.EN, "Language café Kornmarkt")
                .translated(TranslatedField.DESCRIPTION, ContentLanguage.EN, "Practise German over tea."));
        outdatedTranslation = fixtures.published(owner, offer("Erzählcafé Wendischer Turm",
                "Geschichten aus aller Welt.")
                .translated(TranslatedField.NAME, ContentLanguage.EN, "Storytelling café Wendischer Turm")
                .translated(TranslatedField.DESCRIPTION, ContentLanguage.EN, "Stories from all over the world."));
        fixtures.change(outdatedTranslation, offer -> offer.edit(withName(offer.content(),
                "Erzählcafé am Wendischen Turm"), Actor.system(), NOW, TODAY));
    }

    @Test
    void findsInflectedFormsThroughStemming() {
        assertThat(ids("Beratungen")).contains(familyCounselling);
        assertThat(ids("beraten familie")).contains(familyCounselling);
    }

    @Test
    void ignoresUmlautsAndAccents() {
        assertThat(ids("begegnungscafe mullerstrasse")).contains(meetingCafe);
        assertThat(ids("Muellerstrasse")).contains(meetingCafe);
    }

    @Test
    void splitsGermanCompounds() {
        assertThat(ids("kurs deutsch")).contains(eveningCourse);
    }

    @Test
    void aCompoundInTheQueryDoesNotMatchEveryOfferSharingOnlyItsLastPart() {
        OfferId swimming = fixtures.published(owner, offer("Schwimmkurs im Stadtbad", "Für Kinder ab 6."));

        assertThat(ids("Deutschkurs")).contains(eveningCourse).doesNotContain(swimming);
        assertThat(ids("Kurs")).contains(eveningCourse, swimming);
    }

    @Test
    void toleratesTypos() {
        assertThat(ids("Sprachkurz")).contains(womenLanguageCourse);
        assertThat(ids("Migrationsberatnug")).contains(migrationCounselling);
        assertThat(ids("Deutschkurz")).contains(eveningCourse);
        assertThat(ids("Deusch kurs")).contains(eveningCourse);
    }

    @Test
    void saysWhenOnlySimilarWordsMatched() {
        OfferSearchResult exact = find(FinderQuery.builder().text("Integrationskurs"), ContentLanguage.DE);
        OfferSearchResult typo = find(FinderQuery.builder().text("Allgemeinr"), ContentLanguage.DE);

        assertThat(exact.similarTerms()).isFalse();
        assertThat(typo.similarTerms()).isTrue();
        assertThat(typo.hits()).extracting(OfferHit::id).contains(integrationCourse);
    }

    @Test
    void findsSynonyms() {
        assertThat(ids("Deutschkurs")).contains(integrationCourse, eveningCourse, womenLanguageCourse);
        assertThat(ids("Sprachkurs")).contains(integrationCourse);
        assertThat(ids("Deutsch lernen")).contains(integrationCourse);
        assertThat(ids("Hilfe")).contains(familyCounselling);
        assertThat(ids("Sprachcafé")).contains(languageCafe);
    }

    @Test
    void findsCurrentTranslationsInThePageLanguageAndFallsBackToGermanOtherwise() {
        OfferSearchResult english = find(FinderQuery.builder().text("language cafe"), ContentLanguage.EN);
        OfferHit cafe = hit(english, languageCafe);
        assertThat(cafe.name()).isEqualTo("Language café Kornmarkt");
        assertThat(cafe.language()).isEqualTo(ContentLanguage.EN);
        assertThat(cafe.fallback()).isNull();

        assertThat(find(FinderQuery.builder().text("storytelling"), ContentLanguage.EN).hits())
                .extracting(OfferHit::id).doesNotContain(outdatedTranslation);
        OfferHit outdated = hit(find(FinderQuery.builder().text("Erzählcafé"), ContentLanguage.EN),
                outdatedTranslation);
        assertThat(outdated.name()).isEqualTo("Erzählcafé am Wendischen Turm");
        assertThat(outdated.language()).isEqualTo(ContentLanguage.DE);
        assertThat(outdated.fallback()).isEqualTo(TranslationStatus.OUTDATED);
        assertThat(hit(find(FinderQuery.builder().text("Kinderbetreuung"), ContentLanguage.AR), womenLanguageCourse)
                .fallback()).isEqualTo(TranslationStatus.MISSING);
    }

    @Test
    void aParentCategoryFindsOffersOfItsChildren() {
        OfferSearchResult result = find(FinderQuery.builder().categories("beratung"), ContentLanguage.DE);

        assertThat(result.hits()).extracting(OfferHit::id).containsExactly(mbe);
        assertThat(hit(result, mbe).categories()).extracting(Label::code).containsExactly("beratung.mbe");
    }

    @Test
    void ranksAMatchInTheNameAboveAMatchInTheDescription() {
        OfferId inDescription = fixtures.published(owner, offer("Nähstube Lauengraben",
                "Zum Abschluss jeder Runde eine kleine Zeitreise durch die Stadtgeschichte."));
        OfferId inName = fixtures.published(owner, offer("Zeitreise Stadtgeschichte", "Ein Spaziergang."));

        assertThat(ids("Zeitreise")).containsExactly(inName, inDescription);
    }

    @Test
    void ordersByDistanceFromAPostalCodeAndKeepsToTheRadius() {
        OfferId bautzen = fixtures.published(owner, offer("Entfernungstest Bautzen", "Vor Ort.")
                .at(fixtures.site(owner, BAUTZEN)));
        OfferId bischofswerda = fixtures.published(owner, offer("Entfernungstest Bischofswerda", "Vor Ort.")
                .at(fixtures.site(owner, BISCHOFSWERDA)));
        OfferId goerlitz = fixtures.published(owner, offer("Entfernungstest Görlitz", "Vor Ort.")
                .at(fixtures.site(owner, GOERLITZ)));
        OfferId dresdenAndBautzen = fixtures.published(owner, offer("Entfernungstest Dresden", "Zwei Orte.")
                .at(fixtures.site(owner, DRESDEN)).at(fixtures.site(owner, BAUTZEN)));
        OfferId dresden = fixtures.published(owner, offer("Entfernungstest Dresden Neustadt", "Vor Ort.")
                .at(fixtures.site(owner, DRESDEN)));

        OfferSearchResult wide = find(FinderQuery.builder().text("Entfernungstest").near("02625").radiusKm(100)
                .includeOnline(false).sort(FinderSort.DISTANCE), ContentLanguage.DE);
        OfferSearchResult close = find(FinderQuery.builder().text("Entfernungstest").near("02625").radiusKm(25)
                .includeOnline(false).sort(FinderSort.DISTANCE), ContentLanguage.DE);

        assertThat(wide.place().label()).isEqualTo("02625 Bautzen");
        assertThat(wide.hits()).extracting(OfferHit::id).containsSubsequence(bischofswerda, goerlitz, dresden);
        assertThat(wide.hits().subList(0, 2)).extracting(OfferHit::id)
                .containsExactlyInAnyOrder(bautzen, dresdenAndBautzen);
        assertThat(hit(wide, dresdenAndBautzen).distanceKm()).isCloseTo(0, within(0.5));
        assertThat(hit(wide, goerlitz).distanceKm()).isCloseTo(km(BAUTZEN, GOERLITZ), within(0.5));
        assertThat(hit(wide, dresden).distanceKm()).isCloseTo(km(BAUTZEN, DRESDEN), within(0.5));
        assertThat(close.hits()).extracting(OfferHit::id)
                .containsExactlyInAnyOrder(bautzen, dresdenAndBautzen, bischofswerda);
        assertThat(close.sort()).isEqualTo(FinderSort.DISTANCE);
    }

    @Test
    void findsNeitherDraftsNorArchivedNorExpiredOffers() {
        OfferId draft = fixtures.draft(owner, offer("Unsichtbartest Entwurf", "Noch nicht fertig."));
        OfferId archived = fixtures.published(owner, offer("Unsichtbartest Archiv", "Vorbei."));
        fixtures.archive(archived);
        OfferId expired = fixtures.published(owner, offer("Unsichtbartest Abgelaufen", "Vorbei.")
                .valid(TODAY.minusDays(30), TODAY.minusDays(1)));
        OfferId future = fixtures.published(owner, offer("Unsichtbartest Zukunft", "Bald.")
                .valid(TODAY.plusDays(1), null));
        OfferId current = fixtures.published(owner, offer("Unsichtbartest Aktuell", "Jetzt.")
                .valid(TODAY, TODAY));

        assertThat(ids("Unsichtbartest")).containsExactly(current);
        assertThat(List.of(draft, archived, expired, future)).doesNotContainAnyElementsOf(ids("Unsichtbartest"));
    }

    @Test
    void followsPublishingAndArchivingAsSoonAsTheyAreCommitted() {
        OfferId id = fixtures.draft(owner, offer("Wechseltest Nachbarschaftshilfe", "Wir helfen einander."));
        assertThat(ids("Wechseltest")).isEmpty();

        fixtures.change(id, offer -> offer.publish(Actor.system(), NOW));
        assertThat(ids("Wechseltest")).containsExactly(id);

        fixtures.archive(id);
        assertThat(ids("Wechseltest")).isEmpty();
    }

    @Test
    void followsChangesOfElementCollectionsAndSites() {
        OfferId id = fixtures.published(owner, offer("Sammlungstest Fahrradwerkstatt", "Räder reparieren."));

        fixtures.change(id, offer -> offer.translate(TranslatedField.NAME, ContentLanguage.EN,
                "Bicycle workshop", false, Actor.system(), NOW));
        fixtures.change(id, offer -> offer.translate(TranslatedField.DESCRIPTION, ContentLanguage.EN,
                "Repair bikes together.", false, Actor.system(), NOW));
        assertThat(find(FinderQuery.builder().text("bicycle workshop"), ContentLanguage.EN).hits())
                .extracting(OfferHit::id).containsExactly(id);

        var site = fixtures.site(owner, GOERLITZ);
        fixtures.change(id, offer -> offer.edit(withSites(offer.content(), List.of(site)), Actor.system(), NOW,
                TODAY));
        OfferHit moved = hit(find(FinderQuery.builder().text("Sammlungstest"), ContentLanguage.DE), id);
        assertThat(moved.cities()).containsExactly("Görlitz");
    }

    @Test
    void indexesTheOffersOfAnImportThatBypassedAutomaticIndexing() {
        UUID job = UUID.randomUUID();
        OfferId imported = OfferId.random();
        transactions.executeWithoutResult(tx -> {
            Search.session(entityManager).indexingPlanFilter(filter -> filter.exclude(Offer.class));
            entityManager.persist(Offer.imported(imported, owner, offer("Importtest Kleiderkammer",
                    "Kleidung für alle.").content(taxonomy), de.integrationsnetz.directory.offer.OfferStatus.PUBLISHED,
                    job, NOW, TODAY));
        });
        assertThat(ids("Importtest")).isEmpty();

        assertThat(maintenance.reindexImport(job)).isEqualTo(1);
        assertThat(ids("Importtest")).containsExactly(imported);
        maintenance.reindexImport(job);
        assertThat(ids("Importtest")).containsExactly(imported);
    }

    @Test
    void theNightlyRepairIndexesOffersWhoseIndexWriteWasLost() {
        OfferId lost = OfferId.random();
        transactions.executeWithoutResult(tx -> {
            Search.session(entityManager).indexingPlanFilter(filter -> filter.exclude(Offer.class));
            Offer offer = new Offer(lost, owner, offer("Reparaturtest Tauschbörse", "Tauschen statt kaufen.")
                    .content(taxonomy), Actor.system(), NOW, TODAY, false);
            offer.publish(Actor.system(), NOW);
            entityManager.persist(offer);
        });
        assertThat(ids("Reparaturtest")).isEmpty();

        assertThat(maintenance.reindexChangedSince(NOW.minusSeconds(60))).isGreaterThanOrEqualTo(1);
        assertThat(ids("Reparaturtest")).containsExactly(lost);
    }

    @Test
    void resultCardsCarryEverythingFromTheIndex() {
        OfferHit card = hit(find(FinderQuery.builder().text("Sprechstunde Zuwanderung"), ContentLanguage.DE), mbe);

        assertThat(card.provider()).isEqualTo("Suchtest Bautzen e. V.");
        assertThat(card.summary()).isEqualTo("Offene Sprechstunde ohne Termin.");
        assertThat(card.categories()).containsExactly(new Label("beratung.mbe",
                taxonomy.label(TaxonomyCatalog.CATEGORIES, "beratung.mbe", java.util.Locale.GERMAN)));
        assertThat(card.language()).isEqualTo(ContentLanguage.DE);
        assertThat(card.fallback()).isNull();
    }

    // ---------------------------------------------------------------- helpers

    private List<OfferId> ids(String text) {
        return find(FinderQuery.builder().text(text), ContentLanguage.DE).hits().stream().map(OfferHit::id).toList();
    }

    private OfferSearchResult find(FinderQuery.Builder query, ContentLanguage language) {
        return search.find(query.district(BAUTZEN_DISTRICT).pageSize(100).build(), language);
    }

    private static OfferHit hit(OfferSearchResult result, OfferId id) {
        return result.hits().stream().filter(hit -> hit.id().equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError("Not found: " + id + " in " + result.hits()));
    }

    /** Great-circle distance as Lucene computes it (haversine, mean earth radius). */
    private static double km(SearchFixtures.Place a, SearchFixtures.Place b) {
        double lat1 = Math.toRadians(a.latitude());
        double lat2 = Math.toRadians(b.latitude());
        double dLat = lat2 - lat1;
        double dLon = Math.toRadians(b.longitude() - a.longitude());
        double h = Math.sin(dLat / 2) * Math.sin(dLat / 2)
                + Math.cos(lat1) * Math.cos(lat2) * Math.sin(dLon / 2) * Math.sin(dLon / 2);
        return 2 * 6371.0087714 * Math.asin(Math.sqrt(h));
    }

    static OfferContent withName(OfferContent c, String name) {
        return new OfferContent(name, c.description(), c.feesNote(), c.eligibilityNote(), c.applicationNote(),
                c.alert(), c.url(), c.email(), c.phone(), c.onlineUrl(), c.flags(), c.wholeDistrict(), c.minAge(),
                c.maxAge(), c.validFrom(), c.validUntil(), c.course(), c.classifications(), c.languages(),
                c.serviceAreas(), c.sites(), c.contacts(), c.schedules());
    }

    static OfferContent withSites(OfferContent c, List<de.integrationsnetz.directory.offer.SiteData> sites) {
        return c.withSites(sites);
    }
}
