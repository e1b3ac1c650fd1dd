package de.integrationsnetz.directory.workbench;

import de.integrationsnetz.directory.ContentLanguage;
import de.integrationsnetz.directory.OfferId;
import de.integrationsnetz.directory.offer.OfferStatus;
import de.integrationsnetz.directory.translation.TranslatedField;
import de.integrationsnetz.directory.translation.TranslationStatus;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * What the editor of one offer's translations into one language shows: per field with a German text, the German
 * source, the stored translation and its status, and for an outdated translation what changed in the German text
 * since it was translated. {@code reviewed}: the user's changes wait for the coordination's review (a provider of a
 * published offer), {@code proposal}: the user's earlier proposal in this language, pending or rejected.
 */
public record TranslationSheet(OfferId id, String name, String providerName, OfferStatus status, long version,
        ContentLanguage language, List<Field> fields, boolean editable, boolean reviewed,
        @Nullable Proposal proposal) {

    public TranslationSheet {
        fields = List.copyOf(fields);
    }

    public Optional<Field> field(TranslatedField field) {
        return fields.stream().filter(candidate -> candidate.field() == field).findFirst();
    }

    /**
     * One translated field.
     *
     * @param text the stored translation; {@code null} when missing
     * @param changes for an outdated translation: the German text it was made from compared with the current one,
     *     word by word; empty when current or missing, or when the earlier German text is not known any more
     * @param earlierGermanKnown whether {@code changes} could be worked out (always true unless outdated)
     */
    public record Field(TranslatedField field, String german, @Nullable String text, TranslationStatus status,
            boolean machine, @Nullable Instant translatedAt, @Nullable String translatedBy,
            List<WordDiff.Segment> changes, boolean earlierGermanKnown) {

        public Field {
            changes = List.copyOf(changes);
        }

        public boolean outdated() {
            return status == TranslationStatus.OUTDATED;
        }

        public boolean exists() {
            return text != null;
        }

        /** The longest text the field takes (the offer's name is short, the others are notes). */
        public int maxLength() {
            return field == TranslatedField.NAME ? 300 : 10_000;
        }
    }
}
