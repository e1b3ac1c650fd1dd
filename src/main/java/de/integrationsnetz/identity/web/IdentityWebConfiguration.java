package de.integrationsnetz.identity.web;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Checks on every page request that the logged-in account is still active (static files excluded). */
@Configuration(proxyBeanMethods = false)
class IdentityWebConfiguration implements WebMvcConfigurer {

    private final SessionPrincipal sessions;

    IdentityWebConfiguration(SessionPrincipal sessions) {
        this.sessions = sessions;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new AccountStateInterceptor(sessions))
                .excludePathPatterns("/css/**", "/js/**", "/img/**", "/vendor/**", "/webjars/**", "/favicon.ico");
    }
}
