package de.integrationsnetz.directory.workbench;

import de.integrationsnetz.directory.ContentLanguage;
import de.integrationsnetz.directory.OfferId;
import de.integrationsnetz.directory.offer.OfferStatus;
import java.time.Instant;
import java.util.List;

/**
 * One offer of the translation work list with its counts per target language.
 *
 * @param fields how many of its translated fields have a German text
 * @param languages the counts per target language, in {@link LanguageCounts#TARGETS} order
 */
public record WorkListRow(OfferId id, String name, String nameKey, String providerName, OfferStatus status,
        boolean demo, Instant updatedAt, int fields, List<LanguageCounts> languages) {

    public WorkListRow {
        languages = List.copyOf(languages);
    }

    public LanguageCounts in(ContentLanguage language) {
        return languages.stream().filter(counts -> counts.language() == language).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No translations into " + language));
    }

    /** Outdated plus missing fields in all target languages. */
    public int open() {
        return languages.stream().mapToInt(LanguageCounts::open).sum();
    }
}
