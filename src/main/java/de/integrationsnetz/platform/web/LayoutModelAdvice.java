package de.integrationsnetz.platform.web;

import de.integrationsnetz.identity.CurrentUser;
import de.integrationsnetz.shared.UiLanguages;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.servlet.support.RequestContextUtils;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** What every page's layout needs: the user, the language and its direction, the language switcher, demo mode. */
@ControllerAdvice
class LayoutModelAdvice {

    private final boolean demoMode;

    LayoutModelAdvice(@Value("${app.demo.enabled:false}") boolean demoMode) {
        this.demoMode = demoMode;
    }

    /**
     * A link of the language switcher: the same page in another language.
     *
     * @param name the language's name in itself, capitalised
     * @param dir the language's writing direction, {@code ltr} or {@code rtl}
     */
    public record LanguageLink(String code, String name, String dir, String href, boolean current) {}

    @ModelAttribute("page")
    PageContext page(HttpServletRequest request) {
        Locale locale = LanguageSupport.supportedOrDefault(RequestContextUtils.getLocale(request));
        List<LanguageLink> links = LanguageSupport.LANGUAGES.stream()
                .map(language -> new LanguageLink(language.getLanguage(),
                        UiLanguages.nativeName(language.getLanguage()), UiLanguages.direction(language.getLanguage()),
                        ServletUriComponentsBuilder.fromRequest(request)
                                .replaceQueryParam(WebConfiguration.LANGUAGE_PARAMETER, language.getLanguage())
                                .replaceQueryParam("continue")
                                .build()
                                .toUriString()
                                .replaceFirst("^https?://[^/]+", ""),
                        language.getLanguage().equals(locale.getLanguage())))
                .toList();
        return new PageContext(locale.getLanguage(), UiLanguages.direction(locale.getLanguage()), links,
                demoMode, request.getRequestURI(), currentUser());
    }

    private static @Nullable CurrentUser currentUser() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.getPrincipal() instanceof CurrentUser user ? user : null;
    }

    /**
     * @param lang the page's language code, for {@code <html lang>}
     * @param dir {@code ltr} or {@code rtl}, for {@code <html dir>}
     * @param path the request path, to mark the current navigation entry
     * @param user the logged-in user, or {@code null} for a public visitor
     */
    public record PageContext(String lang, String dir, List<LanguageLink> languages, boolean demo, String path,
            @Nullable CurrentUser user) {

        public boolean loggedIn() {
            return user != null;
        }

        public boolean current(String prefix) {
            return prefix.equals("/") ? path.equals("/") : path.startsWith(prefix);
        }

        public boolean has(String role) {
            return user != null && user.hasRole(de.integrationsnetz.identity.Role.valueOf(role));
        }
    }
}
