package de.integrationsnetz.directory.workbench;

import static org.assertj.core.api.Assertions.assertThat;

import de.integrationsnetz.directory.workbench.WordDiff.Kind;
import de.integrationsnetz.directory.workbench.WordDiff.Segment;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class WordDiffTests {

    private static String rebuild(List<Segment> segments, Kind left) {
        return segments.stream().filter(segment -> segment.kind() != left).map(Segment::text)
                .collect(Collectors.joining());
    }

    @Test
    void reportsEqualTextsAsOneUnchangedSegment() {
        assertThat(WordDiff.between("Jeden Dienstag ab 10 Uhr.", "Jeden Dienstag ab 10 Uhr."))
                .containsExactly(new Segment(Kind.SAME, "Jeden Dienstag ab 10 Uhr."));
    }

    @Test
    void marksAnAddedWordAsAdded() {
        assertThat(WordDiff.between("Kurs am Dienstag", "Kurs am Dienstag und Donnerstag")).containsExactly(
                new Segment(Kind.SAME, "Kurs am Dienstag"), new Segment(Kind.ADDED, " und Donnerstag"));
    }

    @Test
    void marksARemovedWordAsRemoved() {
        assertThat(WordDiff.between("Kostenlos und ohne Anmeldung", "Kostenlos ohne Anmeldung")).containsExactly(
                new Segment(Kind.SAME, "Kostenlos "), new Segment(Kind.REMOVED, "und "),
                new Segment(Kind.SAME, "ohne Anmeldung"));
    }

    @Test
    void showsAReplacedWordAsRemovalFollowedByAddition() {
        assertThat(WordDiff.between("Treffen im Rathaus Freiberg", "Treffen im Bürgerhaus Freiberg"))
                .containsExactly(new Segment(Kind.SAME, "Treffen im "), new Segment(Kind.REMOVED, "Rathaus"),
                        new Segment(Kind.ADDED, "Bürgerhaus"), new Segment(Kind.SAME, " Freiberg"));
    }

    @Test
    void groupsAReplacedPhraseIntoOneRemovalAndOneAddition() {
        List<Segment> segments = WordDiff.between("Beratung für Familien mit Kindern", "Beratung für junge Erwachsene");

        assertThat(segments).extracting(Segment::kind).containsExactly(Kind.SAME, Kind.REMOVED, Kind.ADDED);
        assertThat(segments.get(1).text()).isEqualTo("Familien mit Kindern");
        assertThat(segments.get(2).text()).isEqualTo("junge Erwachsene");
    }

    @Test
    void keepsBothTextsRecoverableFromTheSegments() {
        String before = "Die Sprechstunde findet montags statt.\nBitte Ausweis mitbringen.";
        String after = "Die offene Sprechstunde findet montags und mittwochs statt.\nBitte den Ausweis mitbringen!";

        List<Segment> segments = WordDiff.between(before, after);

        assertThat(rebuild(segments, Kind.ADDED)).isEqualTo(before);
        assertThat(rebuild(segments, Kind.REMOVED)).isEqualTo(after);
    }

    @Test
    void handlesEmptyTexts() {
        assertThat(WordDiff.between("", "Neu")).containsExactly(new Segment(Kind.ADDED, "Neu"));
        assertThat(WordDiff.between("Alt", "")).containsExactly(new Segment(Kind.REMOVED, "Alt"));
        assertThat(WordDiff.between("", "")).isEmpty();
    }

    @Test
    void treatsPunctuationAttachedToAWordAsPartOfIt() {
        assertThat(WordDiff.between("für alle Teilnehmenden.", "für alle Teilnehmenden, Anmeldung nötig."))
                .containsExactly(new Segment(Kind.SAME, "für alle "), new Segment(Kind.REMOVED, "Teilnehmenden."),
                        new Segment(Kind.ADDED, "Teilnehmenden, Anmeldung nötig."));
    }

    @Test
    void tellsWhetherTextsDifferInMoreThanWhiteSpace() {
        assertThat(WordDiff.differ("Kurs  am Dienstag", "Kurs am Dienstag")).isFalse();
        assertThat(WordDiff.differ("Kurs am Dienstag", "Kurs am Mittwoch")).isTrue();
    }

    @Test
    void reportsHugeRewritesAsReplacedWithoutBuildingTheFullTable() {
        String before = "alt ".repeat(2_100).strip();
        String after = "neu ".repeat(2_100).strip();

        List<Segment> segments = WordDiff.between(before, after);

        assertThat(segments).extracting(Segment::kind).containsExactly(Kind.REMOVED, Kind.ADDED);
        assertThat(rebuild(segments, Kind.ADDED)).isEqualTo(before);
        assertThat(rebuild(segments, Kind.REMOVED)).isEqualTo(after);
    }
}
