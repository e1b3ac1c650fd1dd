package de.integrationsnetz.directory.common;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FoldingTests {

    @Test
    void foldsCaseUmlautsAccentsAndPunctuationOfNames() {
        assertThat(Folding.name("Integrationsverein Freiberg e.V.")).isEqualTo("integrationsverein freiberg e v");
        assertThat(Folding.name("integrationsverein  FREIBERG e. V.")).isEqualTo("integrationsverein freiberg e v");
        assertThat(Folding.name("Begegnungscafé Müllerstraße")).isEqualTo("begegnungscafe muellerstrasse");
        assertThat(Folding.name(null)).isEmpty();
    }

    @Test
    void treatsStreetAbbreviationsAsTheSameAddress() {
        assertThat(Folding.address("Bahnhofstraße 1", "09599")).isEqualTo(Folding.address("Bahnhofstr. 1", "09599"))
                .isEqualTo(Folding.address("bahnhofstrasse 1", "09599"));
        assertThat(Folding.address("Straße der Einheit 5", "01796"))
                .isEqualTo(Folding.address("Str. der Einheit 5", "01796"));
        assertThat(Folding.address("Bahnhofstraße 1", "09599")).isNotEqualTo(Folding.address("Bahnhofstraße 2", "09599"));
        assertThat(Folding.address(null, null)).isEmpty();
    }
}
