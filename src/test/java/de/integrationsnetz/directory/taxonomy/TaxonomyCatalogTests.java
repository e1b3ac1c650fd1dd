package de.integrationsnetz.directory.taxonomy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.integrationsnetz.directory.ContentLanguage;
import de.integrationsnetz.directory.TaxonomyTermId;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

class TaxonomyCatalogTests {

    static final String CATEGORIES = TaxonomyCatalog.CATEGORIES;

    static CatalogTerm term(String code, @Nullable String parent, int position, String german, boolean active) {
        Map<ContentLanguage, String> labels = new EnumMap<>(ContentLanguage.class);
        labels.put(ContentLanguage.DE, german);
        labels.put(ContentLanguage.EN, german + " (en)");
        return new CatalogTerm(new TaxonomyTermId(UUID.nameUUIDFromBytes(code.getBytes())), CATEGORIES, code, parent,
                position, labels, active);
    }

    final CatalogSnapshot snapshot = CatalogSnapshot.of(List.of(
            term("beratung.jmd", "beratung", 2, "Jugendmigrationsdienst", true),
            term("spracherwerb", null, 1, "Spracherwerb", true),
            term("beratung", null, 2, "Beratung", true),
            term("beratung.mbe", "beratung", 1, "Migrationsberatung", true),
            term("spracherwerb.alt", "spracherwerb", 1, "Veraltet", false)));

    @Test
    void listsTermsInTreeOrderAndLeavesOutInactiveOnes() {
        assertThat(snapshot.terms(CATEGORIES)).extracting(CatalogTerm::code)
                .containsExactly("spracherwerb", "beratung", "beratung.mbe", "beratung.jmd");
        assertThat(snapshot.terms("unknown")).isEmpty();
    }

    @Test
    void givesTheLabelInTheLanguageWithGermanAsFallback() {
        assertThat(snapshot.label(CATEGORIES, "beratung", ContentLanguage.EN)).isEqualTo("Beratung (en)");
        assertThat(snapshot.label(CATEGORIES, "beratung", ContentLanguage.AR)).isEqualTo("Beratung");
        assertThat(snapshot.label(CATEGORIES, "does.not.exist", ContentLanguage.DE)).isEqualTo("does.not.exist");
    }

    @Test
    void namesATermWithItsAncestors() {
        assertThat(snapshot.selfAndAncestors(CATEGORIES, "beratung.mbe")).containsExactly("beratung.mbe", "beratung");
        assertThat(snapshot.selfAndAncestors(CATEGORIES, "spracherwerb")).containsExactly("spracherwerb");
        assertThat(snapshot.term(CATEGORIES, "beratung.mbe").orElseThrow().depth()).isEqualTo(1);
    }

    @Test
    void findsTermsById() {
        TaxonomyTermId id = new TaxonomyTermId(UUID.nameUUIDFromBytes("beratung".getBytes()));

        assertThat(snapshot.term(id)).map(CatalogTerm::code).contains("beratung");
    }

    @Test
    void aTermNeedsAGermanLabel() {
        assertThatThrownBy(() -> new CatalogTerm(new TaxonomyTermId(UUID.randomUUID()), CATEGORIES, "x", null, 0,
                Map.of(ContentLanguage.EN, "x"), true)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aStoredTermNeedsALabelInEveryLanguage() {
        Map<ContentLanguage, String> germanOnly = Map.of(ContentLanguage.DE, "Beratung");

        assertThatThrownBy(() -> new TaxonomyTerm(UUID.randomUUID(), UUID.randomUUID(), "beratung", null, 1, germanOnly))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("en");
    }
}
