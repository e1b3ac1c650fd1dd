package de.integrationsnetz.directory.workbench;

import de.integrationsnetz.directory.ContentLanguage;
import de.integrationsnetz.directory.OrganisationId;
import de.integrationsnetz.directory.translation.TranslatedField;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The editor of an organisation's or a location's translations into one language: per field with a German text, the
 * source, the stored translation, its status and, for outdated ones, what changed in the German text.
 */
public record TextSheet(TextOwner owner, UUID id, OrganisationId organisation, String name, String organisationName,
        long version, ContentLanguage language, List<TranslationSheet.Field> fields) {

    public TextSheet {
        fields = List.copyOf(fields);
    }

    public Optional<TranslationSheet.Field> field(TranslatedField field) {
        return fields.stream().filter(candidate -> candidate.field() == field).findFirst();
    }

    /** The path of the editor (GET and POST). */
    public String path() {
        return owner == TextOwner.ORGANISATION
                ? "/app/directory/organisations/" + id + "/translations/" + language.code()
                : "/app/directory/organisations/" + organisation + "/locations/" + id + "/translations/"
                        + language.code();
    }
}
