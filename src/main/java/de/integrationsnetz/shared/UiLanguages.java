package de.integrationsnetz.shared;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The seven languages of the user interface (pages, e-mails, an account's preference), by ISO 639-1 code, German
 * first: it is the default and the language of every source text. Here, so that the platform's language switcher,
 * the account settings and the e-mails share one list and one writing direction.
 */
public final class UiLanguages {

    public static final List<String> CODES = List.of("de", "en", "uk", "ru", "ar", "fa", "tr");

    private static final Set<String> RIGHT_TO_LEFT = Set.of("ar", "fa");

    private UiLanguages() {}

    public static boolean isSupported(@Nullable String code) {
        return code != null && CODES.contains(code);
    }

    /** {@code rtl} or {@code ltr}, for an HTML {@code dir} attribute. */
    public static String direction(String code) {
        return RIGHT_TO_LEFT.contains(code) ? "rtl" : "ltr";
    }

    /** The name of the language in itself (Deutsch, Українська, العربية), for lists that anyone can read. */
    public static String nativeName(String code) {
        Locale locale = Locale.forLanguageTag(code);
        String name = locale.getDisplayLanguage(locale);
        return name.isEmpty() ? code : Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }
}
