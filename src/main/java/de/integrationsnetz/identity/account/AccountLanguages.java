package de.integrationsnetz.identity.account;

import java.util.List;
import java.util.Locale;

/**
 * The seven UI languages an account can prefer (the same as the site's language switcher). Kept here as well because
 * identity must not depend on the platform module, which depends on identity.
 */
public final class AccountLanguages {

    public static final List<String> CODES = List.of("de", "en", "uk", "ru", "ar", "fa", "tr");

    private AccountLanguages() {}

    public static boolean isSupported(String code) {
        return code != null && CODES.contains(code);
    }

    /** The name of the language in itself (Deutsch, Українська, العربية), for selects that anyone can read. */
    public static String nativeName(String code) {
        Locale locale = Locale.forLanguageTag(code);
        String name = locale.getDisplayLanguage(locale);
        return name.isEmpty() ? code : Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }
}
