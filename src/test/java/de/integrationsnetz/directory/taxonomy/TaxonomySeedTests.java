package de.integrationsnetz.directory.taxonomy;

import static org.assertj.core.api.Assertions.assertThat;

import de.integrationsnetz.directory.ContentLanguage;
import de.integrationsnetz.directory.organisation.OrganisationType;
import de.integrationsnetz.support.IntegrationTest;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The taxonomies seeded by the directory's first migration, as the catalog serves them. */
@IntegrationTest
class TaxonomySeedTests {

    @Autowired
    TaxonomyCatalog catalog;

    @Test
    void seedsTheOfferCategoriesOfTheCoordinatorsWork() {
        List<String> topLevel = catalog.terms(TaxonomyCatalog.CATEGORIES).stream()
                .filter(term -> term.parentCode() == null)
                .map(CatalogTerm::code)
                .toList();

        assertThat(topLevel).containsExactly("spracherwerb", "orientierung", "sprachmittlung", "beratung", "bildung",
                "arbeit", "wohnen", "gesundheit", "familie", "frauen", "jugend", "sport", "soziokultur", "ehrenamt",
                "sonstiges");
        assertThat(catalog.label(TaxonomyCatalog.CATEGORIES, "sprachmittlung", Locale.GERMAN))
                .isEqualTo("Sprach- und Kulturvermittlung");
        assertThat(catalog.selfAndAncestors(TaxonomyCatalog.CATEGORIES, "beratung.mbe"))
                .containsExactly("beratung.mbe", "beratung");
    }

    @Test
    void everyTermHasADistinctLabelInEveryLanguage() {
        for (String taxonomy : catalog.snapshot().taxonomies()) {
            for (CatalogTerm term : catalog.terms(taxonomy)) {
                assertThat(term.labels()).as(term.code()).containsOnlyKeys(ContentLanguage.values());
                assertThat(term.labels().values()).as(term.code()).allSatisfy(label -> assertThat(label).isNotBlank());
            }
        }
        assertThat(catalog.label(TaxonomyCatalog.CATEGORIES, "beratung", Locale.forLanguageTag("uk")))
                .isEqualTo("Консультування");
        assertThat(catalog.label(TaxonomyCatalog.CATEGORIES, "beratung", Locale.forLanguageTag("fa")))
                .isEqualTo("مشاوره");
    }

    @Test
    void seedsTargetGroupsFeaturesAndOneActorTypeTermPerOrganisationType() {
        assertThat(catalog.terms(TaxonomyCatalog.TARGET_GROUPS)).extracting(CatalogTerm::code)
                .contains("gefluechtete", "frauen", "jugendliche", "alle");
        assertThat(catalog.terms(TaxonomyCatalog.FEATURES)).extracting(CatalogTerm::code)
                .contains("kostenlos", "barrierefrei", "online");
        assertThat(catalog.terms(TaxonomyCatalog.ACTOR_TYPES)).extracting(CatalogTerm::code)
                .containsExactlyInAnyOrderElementsOf(
                        Arrays.stream(OrganisationType.values()).map(OrganisationType::termCode).toList());
    }

    @Test
    void termIdsAreNameBasedSoEveryInstallationHasTheSame() {
        UUID expected = UUID.nameUUIDFromBytes("integrationsnetz:taxonomy-term:integrationsnetz-angebote:beratung.mbe"
                .getBytes(StandardCharsets.UTF_8));

        assertThat(catalog.term(TaxonomyCatalog.CATEGORIES, "beratung.mbe")).map(term -> term.id().value())
                .contains(expected);
    }
}
