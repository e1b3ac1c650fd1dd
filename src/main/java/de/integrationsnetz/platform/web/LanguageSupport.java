package de.integrationsnetz.platform.web;

import de.integrationsnetz.shared.UiLanguages;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.LocaleResolver;

/** The seven UI languages as locales ({@link UiLanguages}), and how a chosen language is remembered. */
@Component
public class LanguageSupport {

    /** German first: it is the default and the language of every source text. */
    public static final List<Locale> LANGUAGES = UiLanguages.CODES.stream().map(Locale::forLanguageTag).toList();

    private final LocaleResolver localeResolver;

    LanguageSupport(LocaleResolver localeResolver) {
        this.localeResolver = localeResolver;
    }

    public static boolean isSupported(Locale locale) {
        return UiLanguages.isSupported(locale.getLanguage());
    }

    public static Locale supportedOrDefault(Locale locale) {
        return isSupported(locale) ? Locale.forLanguageTag(locale.getLanguage()) : Locale.GERMAN;
    }

    /** Switches this browser to the language (a cookie, so anonymous visitors keep it too). */
    public void apply(HttpServletRequest request, HttpServletResponse response, Locale language) {
        localeResolver.setLocale(request, response, supportedOrDefault(language));
    }
}
