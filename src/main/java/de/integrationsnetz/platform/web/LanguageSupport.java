package de.integrationsnetz.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.LocaleResolver;

/** The seven UI languages, their writing direction, and how a chosen language is remembered. */
@Component
public class LanguageSupport {

    /** German first: it is the default and the language of every source text. */
    public static final List<Locale> LANGUAGES = List.of(Locale.GERMAN, Locale.ENGLISH, Locale.forLanguageTag("uk"),
            Locale.forLanguageTag("ru"), Locale.forLanguageTag("ar"), Locale.forLanguageTag("fa"),
            Locale.forLanguageTag("tr"));

    private static final Set<String> RIGHT_TO_LEFT = Set.of("ar", "fa");

    private final LocaleResolver localeResolver;

    LanguageSupport(LocaleResolver localeResolver) {
        this.localeResolver = localeResolver;
    }

    public static boolean isSupported(Locale locale) {
        return LANGUAGES.stream().anyMatch(language -> language.getLanguage().equals(locale.getLanguage()));
    }

    public static Locale supportedOrDefault(Locale locale) {
        return isSupported(locale) ? Locale.forLanguageTag(locale.getLanguage()) : Locale.GERMAN;
    }

    public static boolean isRightToLeft(Locale locale) {
        return RIGHT_TO_LEFT.contains(locale.getLanguage());
    }

    /** Switches this browser to the language (a cookie, so anonymous visitors keep it too). */
    public void apply(HttpServletRequest request, HttpServletResponse response, Locale language) {
        localeResolver.setLocale(request, response, supportedOrDefault(language));
    }
}
