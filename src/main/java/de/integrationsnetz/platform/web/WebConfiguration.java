package de.integrationsnetz.platform.web;

import de.integrationsnetz.identity.AccountPreferences;
import de.integrationsnetz.identity.CurrentUser;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** UI language: {@code ?lang=xx} switches it, a cookie keeps it, and a logged-in user's account remembers it. */
@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

    static final String LANGUAGE_PARAMETER = "lang";

    private final AccountPreferences preferences;
    private final LocaleResolver localeResolver;

    WebConfiguration(AccountPreferences preferences, LocaleResolver localeResolver) {
        this.preferences = preferences;
        this.localeResolver = localeResolver;
    }

    /**
     * Replaces the filter Spring Boot would register: it backs off when a bean of type ResourceUrlEncodingFilter
     * exists (a FilterRegistrationBean of a subclass would not make it back off, and both would run).
     */
    @Bean
    StaticResourceUrlEncodingFilter staticResourceUrlEncodingFilter() {
        return new StaticResourceUrlEncodingFilter();
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new ChangeLanguage(localeResolver, preferences));
    }

    /**
     * Applies {@code ?lang=xx} when xx is one of our languages (others are ignored) and, for a logged-in user,
     * stores it in the account as well.
     */
    private record ChangeLanguage(LocaleResolver resolver, AccountPreferences preferences) implements HandlerInterceptor {
        @Override
        public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
            String requested = request.getParameter(LANGUAGE_PARAMETER);
            if (requested == null || !LanguageSupport.isSupported(Locale.forLanguageTag(requested))) {
                return true;
            }
            Locale language = LanguageSupport.supportedOrDefault(Locale.forLanguageTag(requested));
            resolver.setLocale(request, response, language);
            Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
            if (authentication != null && authentication.getPrincipal() instanceof CurrentUser user) {
                preferences.changeLanguage(user.id(), language);
            }
            return true;
        }
    }
}
