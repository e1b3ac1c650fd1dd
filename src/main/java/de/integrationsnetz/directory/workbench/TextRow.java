package de.integrationsnetz.directory.workbench;

import de.integrationsnetz.directory.ContentLanguage;
import de.integrationsnetz.directory.OrganisationId;
import java.util.List;
import java.util.UUID;

/**
 * An organisation or a location in the translation work list: its texts with a German source ({@code fields}) and the
 * counts per target language in {@link LanguageCounts#TARGETS} order.
 */
public record TextRow(TextOwner owner, UUID id, OrganisationId organisation, String name, String organisationName,
        int fields, List<LanguageCounts> languages) {

    public TextRow {
        languages = List.copyOf(languages);
    }

    public LanguageCounts in(ContentLanguage language) {
        return languages.stream().filter(counts -> counts.language() == language).findFirst().orElseThrow();
    }

    /** The way to the editor of one language. */
    public String editPath(ContentLanguage language) {
        return owner == TextOwner.ORGANISATION
                ? "/app/directory/organisations/" + id + "/translations/" + language.code()
                : "/app/directory/organisations/" + organisation + "/locations/" + id + "/translations/"
                        + language.code();
    }
}
