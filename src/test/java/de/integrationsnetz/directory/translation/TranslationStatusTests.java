package de.integrationsnetz.directory.translation;

import static de.integrationsnetz.directory.translation.TranslatedField.DESCRIPTION;
import static de.integrationsnetz.directory.translation.TranslatedField.NAME;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import de.integrationsnetz.directory.ContentLanguage;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The status rules of docs/directory.md §2.6, on the rows an owner keeps. */
class TranslationStatusTests {

    private static final Instant NOW = Instant.parse("2027-03-01T09:00:00Z");
    private static final String GERMAN = "Beratung für Geflüchtete zu Aufenthalt und Arbeit.";

    private final List<Translation> rows = new ArrayList<>();

    @Test
    void aNewTranslationIsCurrentAndAnUntranslatedLanguageIsMissing() {
        translate(ContentLanguage.EN, "Counselling for refugees on residence and work.", GERMAN);

        assertThat(status(ContentLanguage.EN)).isEqualTo(TranslationStatus.CURRENT);
        assertThat(status(ContentLanguage.AR)).isEqualTo(TranslationStatus.MISSING);
    }

    @Test
    void aChangeOfTheGermanTextMakesTheTranslationOutdated() {
        translate(ContentLanguage.EN, "Counselling for refugees on residence and work.", GERMAN);
        translate(ContentLanguage.UK, "Консультації для біженців щодо перебування та роботи.", GERMAN);

        Translations.germanChanged(rows, DESCRIPTION, "Beratung für Geflüchtete zu Aufenthalt, Arbeit und Wohnen.");

        assertThat(status(ContentLanguage.EN)).isEqualTo(TranslationStatus.OUTDATED);
        assertThat(status(ContentLanguage.UK)).isEqualTo(TranslationStatus.OUTDATED);
        assertThat(Translations.find(rows, DESCRIPTION, ContentLanguage.EN).orElseThrow().text())
                .isEqualTo("Counselling for refugees on residence and work.");
    }

    @Test
    void translatingTheNewGermanTextAgainMakesItCurrent() {
        String changed = "Beratung für Geflüchtete zu Aufenthalt, Arbeit und Wohnen.";
        translate(ContentLanguage.EN, "Counselling for refugees on residence and work.", GERMAN);
        Translations.germanChanged(rows, DESCRIPTION, changed);

        translate(ContentLanguage.EN, "Counselling for refugees on residence, work and housing.", changed);

        assertThat(status(ContentLanguage.EN)).isEqualTo(TranslationStatus.CURRENT);
        assertThat(rows).hasSize(1);
        assertThat(rows.get(0).text()).isEqualTo("Counselling for refugees on residence, work and housing.");
    }

    @Test
    void revertingTheGermanTextMakesTheOldTranslationCurrentAgain() {
        translate(ContentLanguage.TR, "Mültecilere oturum ve çalışma konusunda danışmanlık.", GERMAN);
        Translations.germanChanged(rows, DESCRIPTION, "Etwas ganz anderes.");
        assertThat(status(ContentLanguage.TR)).isEqualTo(TranslationStatus.OUTDATED);

        Translations.germanChanged(rows, DESCRIPTION, GERMAN);

        assertThat(status(ContentLanguage.TR)).isEqualTo(TranslationStatus.CURRENT);
    }

    @Test
    void aChangeOfOnlyWhiteSpaceOrUnicodeFormKeepsTheTranslationCurrent() {
        translate(ContentLanguage.EN, "Counselling for refugees on residence and work.", GERMAN);

        Translations.germanChanged(rows, DESCRIPTION, "  Beratung für Geflüchtete\nzu   Aufenthalt und Arbeit.\n");
        assertThat(status(ContentLanguage.EN)).isEqualTo(TranslationStatus.CURRENT);

        Translations.germanChanged(rows, DESCRIPTION, GERMAN.replace("ü", "u\u0308"));
        assertThat(status(ContentLanguage.EN)).isEqualTo(TranslationStatus.CURRENT);
    }

    @Test
    void aChangeOfOneFieldLeavesTheTranslationsOfOtherFieldsAlone() {
        translate(ContentLanguage.EN, "Counselling for refugees on residence and work.", GERMAN);
        Translations.put(rows, NAME, ContentLanguage.EN, "Refugee counselling", "Flüchtlingsberatung", false, NOW,
                "tester");

        Translations.germanChanged(rows, NAME, "Beratung für Geflüchtete");

        assertThat(Translations.statusOf(rows, NAME, ContentLanguage.EN)).isEqualTo(TranslationStatus.OUTDATED);
        assertThat(status(ContentLanguage.EN)).isEqualTo(TranslationStatus.CURRENT);
    }

    @Test
    void anEmptyGermanTextRemovesItsTranslations() {
        translate(ContentLanguage.EN, "Counselling for refugees on residence and work.", GERMAN);
        translate(ContentLanguage.FA, "مشاوره برای پناهجویان دربارهٔ اقامت و کار.", GERMAN);
        Translations.put(rows, NAME, ContentLanguage.EN, "Refugee counselling", "Flüchtlingsberatung", false, NOW,
                null);

        Translations.germanChanged(rows, DESCRIPTION, "   ");

        assertThat(status(ContentLanguage.EN)).isEqualTo(TranslationStatus.MISSING);
        assertThat(status(ContentLanguage.FA)).isEqualTo(TranslationStatus.MISSING);
        assertThat(rows).extracting(Translation::field).containsExactly(NAME);
        Translations.germanChanged(rows, NAME, null);
        assertThat(rows).isEmpty();
    }

    @Test
    void germanIsTheSourceAndCannotBeATranslation() {
        assertThatIllegalArgumentException().isThrownBy(() -> translate(ContentLanguage.DE, "Beratung", GERMAN))
                .withMessageContaining("German is the source");
        assertThat(rows).isEmpty();
    }

    @Test
    void nothingCanBeTranslatedWithoutAGermanTextOrWithoutATranslatedText() {
        assertThatIllegalArgumentException().isThrownBy(() -> translate(ContentLanguage.EN, "Counselling", " "));
        assertThatIllegalArgumentException().isThrownBy(() -> translate(ContentLanguage.EN, " ", GERMAN));
    }

    @Test
    void removingATranslationMakesItMissingAndKeepsTheOthers() {
        translate(ContentLanguage.EN, "Counselling for refugees on residence and work.", GERMAN);
        translate(ContentLanguage.RU, "Консультации для беженцев по вопросам пребывания и работы.", GERMAN);

        Translations.remove(rows, DESCRIPTION, ContentLanguage.EN);

        assertThat(status(ContentLanguage.EN)).isEqualTo(TranslationStatus.MISSING);
        assertThat(status(ContentLanguage.RU)).isEqualTo(TranslationStatus.CURRENT);
    }

    @Test
    void keepsWhetherATranslationWasMadeByMachineAndWhoMadeIt() {
        Translation row = Translations.put(rows, DESCRIPTION, ContentLanguage.AR, "استشارات للاجئين.", GERMAN, true,
                NOW, "Übersetzungsbüro");

        assertThat(row.machine()).isTrue();
        assertThat(row.translatedBy()).isEqualTo("Übersetzungsbüro");
        assertThat(row.translatedAt()).isEqualTo(NOW);
        assertThat(row.sourceHash()).isEqualTo(SourceHash.of(GERMAN)).hasSize(64);
    }

    private void translate(ContentLanguage language, String text, String german) {
        Translations.put(rows, DESCRIPTION, language, text, german, false, NOW, "tester");
    }

    private TranslationStatus status(ContentLanguage language) {
        return Translations.statusOf(rows, DESCRIPTION, language);
    }
}
