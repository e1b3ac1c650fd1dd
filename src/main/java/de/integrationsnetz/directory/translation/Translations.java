package de.integrationsnetz.directory.translation;

import de.integrationsnetz.directory.ContentLanguage;
import de.integrationsnetz.directory.common.DirectoryRuleViolation;
import java.time.Instant;
import java.util.Collection;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The rules for the translations an owner (offer, organisation, location) keeps in its element collection. The owner
 * calls these from its own methods, so that every change of a German text or a translation leaves each stored status
 * right: CURRENT when the row was made from the German text as it is now, else OUTDATED; no row means MISSING.
 */
public final class Translations {

    private Translations() {
    }

    /** Adds or replaces the translation of {@code field} into {@code language}, made from {@code germanText}. */
    public static Translation put(Collection<Translation> rows, TranslatedField field, ContentLanguage language,
            String text, String germanText, boolean machine, Instant now, @Nullable String translatedBy) {
        if (germanText == null || germanText.isBlank()) {
            throw new IllegalArgumentException("There is no German text to translate for " + field);
        }
        rows.removeIf(row -> row.isFor(field, language));
        Translation row = new Translation(field, language, text, SourceHash.of(germanText), machine, now, translatedBy);
        rows.add(row);
        return row;
    }

    /**
     * An owner's translate: checks that there is a German text ({@code germanText}) and a translation text, then adds
     * or replaces the translation, made from the German text as it is now (CURRENT). {@code owner} names the owner in
     * the exception message ("location", "organisation").
     */
    public static Translation translate(Collection<Translation> rows, String owner, TranslatedField field,
            ContentLanguage language, String text, @Nullable String germanText, boolean machine, Instant now,
            @Nullable String translatedBy) {
        if (germanText == null || germanText.isBlank()) {
            throw new DirectoryRuleViolation("text", "directory.validation.offer.nothing-to-translate",
                    "The " + owner + " has no German " + field);
        }
        if (text == null || text.isBlank()) {
            throw new DirectoryRuleViolation("text", "directory.validation.required", "A translation needs a text");
        }
        return put(rows, field, language, text, germanText, machine, now, translatedBy);
    }

    /**
     * Adds or replaces the translation of {@code field} into {@code language} that was made from the German text with
     * the fingerprint {@code madeFrom} (a reviewed proposal): CURRENT when that is still the German text, else
     * OUTDATED.
     */
    public static Translation putMadeFrom(Collection<Translation> rows, TranslatedField field,
            ContentLanguage language, String text, String madeFrom, String germanText, boolean machine, Instant now,
            @Nullable String translatedBy) {
        if (germanText == null || germanText.isBlank()) {
            throw new IllegalArgumentException("There is no German text to translate for " + field);
        }
        rows.removeIf(row -> row.isFor(field, language));
        Translation row = new Translation(field, language, text, madeFrom, machine, now, translatedBy);
        row.refreshAgainst(SourceHash.of(germanText));
        rows.add(row);
        return row;
    }

    /** Removes the translation of {@code field} into {@code language}; it is MISSING afterwards. */
    public static void remove(Collection<Translation> rows, TranslatedField field, ContentLanguage language) {
        rows.removeIf(row -> row.isFor(field, language));
    }

    /**
     * Re-evaluates every translation of {@code field} after its German text changed to {@code germanText}. An empty
     * German text has nothing to translate, so its translations are removed.
     */
    public static void germanChanged(Collection<Translation> rows, TranslatedField field, @Nullable String germanText) {
        if (germanText == null || germanText.isBlank()) {
            rows.removeIf(row -> row.field() == field);
            return;
        }
        String hash = SourceHash.of(germanText);
        rows.stream().filter(row -> row.field() == field).forEach(row -> row.refreshAgainst(hash));
    }

    public static Optional<Translation> find(Collection<Translation> rows, TranslatedField field,
            ContentLanguage language) {
        return rows.stream().filter(row -> row.isFor(field, language)).findFirst();
    }

    public static TranslationStatus statusOf(Collection<Translation> rows, TranslatedField field,
            ContentLanguage language) {
        return find(rows, field, language).map(Translation::status).orElse(TranslationStatus.MISSING);
    }
}
