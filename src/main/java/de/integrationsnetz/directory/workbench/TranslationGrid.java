package de.integrationsnetz.directory.workbench;

import de.integrationsnetz.directory.ContentLanguage;
import de.integrationsnetz.directory.OfferId;
import de.integrationsnetz.directory.offer.OfferStatus;
import de.integrationsnetz.directory.translation.TranslatedField;
import de.integrationsnetz.directory.translation.TranslationStatus;
import java.util.List;

/**
 * The translation status of one offer: a row per translated field that has a German text, a cell per target
 * language.
 */
public record TranslationGrid(OfferId id, String name, String providerName, OfferStatus status, long version,
        List<Row> rows, List<LanguageCounts> languages) {

    public TranslationGrid {
        rows = List.copyOf(rows);
        languages = List.copyOf(languages);
    }

    /** One field with its cells in {@link LanguageCounts#TARGETS} order. */
    public record Row(TranslatedField field, String german, List<Cell> cells) {

        public Row {
            cells = List.copyOf(cells);
        }
    }

    /** The state of one field in one language. */
    public record Cell(ContentLanguage language, TranslationStatus status, boolean machine) {}
}
