package de.integrationsnetz.directory.publicview;

import de.integrationsnetz.directory.ContentLanguage;
import de.integrationsnetz.directory.translation.TranslationStatus;
import org.jspecify.annotations.Nullable;

/**
 * A public text in the language it is shown in: the reader's language where a current translation exists, else the
 * German source with the reason ({@code fallback}). Pages mark German content up with {@code lang="de" dir="ltr"}.
 *
 * @param fallback why German is shown on a page in another language; {@code null} when the text is in the reader's
 *     language (or the reader reads German)
 * @param machine a translation made by a machine (the page says so)
 */
public record PublicText(String value, ContentLanguage language, @Nullable TranslationStatus fallback,
        boolean machine) {

    public PublicText(String value, ContentLanguage language, @Nullable TranslationStatus fallback) {
        this(value, language, fallback, false);
    }

    /** A German text for a reader of {@code reader}: a fallback (MISSING) unless the reader reads German. */
    public static PublicText german(String value, ContentLanguage reader) {
        return new PublicText(value, ContentLanguage.DE, reader == ContentLanguage.DE ? null : TranslationStatus.MISSING);
    }

    public boolean isFallback() {
        return fallback != null;
    }

    /** The {@code lang} attribute value. */
    public String lang() {
        return language.code();
    }

    /** The {@code dir} attribute value. */
    public String dir() {
        return language.isRightToLeft() ? "rtl" : "ltr";
    }

    @Override
    public String toString() {
        return value;
    }
}
