package de.integrationsnetz.directory;

import java.util.Locale;

/**
 * A language in which directory content (taxonomy labels, later offer texts) exists: German is the source, the other
 * six are translations. A content concept, deliberately separate from the platform's UI language handling.
 */
public enum ContentLanguage {
    DE, EN, UK, RU, AR, FA, TR;

    /** The ISO 639-1 code, e.g. {@code de}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public boolean isRightToLeft() {
        return this == AR || this == FA;
    }

    /** The content language for a locale; German for every language the directory has no content in. */
    public static ContentLanguage of(Locale locale) {
        return ofCode(locale.getLanguage());
    }

    /** The content language with this code; German for an unknown or empty code. */
    public static ContentLanguage ofCode(String code) {
        for (ContentLanguage language : values()) {
            if (language.code().equalsIgnoreCase(code)) {
                return language;
            }
        }
        return DE;
    }
}
