package de.integrationsnetz.directory.workbench;

import de.integrationsnetz.directory.ContentLanguage;
import de.integrationsnetz.directory.OfferId;
import de.integrationsnetz.directory.offer.OfferStatus;
import de.integrationsnetz.directory.translation.TranslatedField;
import de.integrationsnetz.directory.translation.TranslationStatus;
import java.util.List;

/**
 * The translation status of one offer: a row per translated field that has a German text, a cell per target
 * language, and the proposals of a provider that wait for review (or were rejected).
 */
public record TranslationGrid(OfferId id, String name, String providerName, OfferStatus status, long version,
        List<Row> rows, List<LanguageCounts> languages, List<Proposal> proposals) {

    public TranslationGrid {
        rows = List.copyOf(rows);
        languages = List.copyOf(languages);
        proposals = List.copyOf(proposals);
    }

    /** The proposal (pending or rejected) for a language, if there is one. */
    public java.util.Optional<Proposal> proposal(ContentLanguage language) {
        return proposals.stream().filter(proposal -> proposal.language() == language).findFirst();
    }

    /** One field with its cells in {@link LanguageCounts#TARGETS} order. */
    public record Row(TranslatedField field, String german, List<Cell> cells) {

        public Row {
            cells = List.copyOf(cells);
        }
    }

    /** The state of one field in one language. */
    public record Cell(ContentLanguage language, TranslationStatus status, boolean machine, boolean proposed) {}
}
