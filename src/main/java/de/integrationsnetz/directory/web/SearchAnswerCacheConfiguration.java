package de.integrationsnetz.directory.web;

import de.integrationsnetz.directory.search.OfferSearch;
import de.integrationsnetz.directory.search.SearchProperties;
import java.time.Clock;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;

@Configuration(proxyBeanMethods = false)
class SearchAnswerCacheConfiguration {

    /**
     * After Spring Security's filters (order -100): they decide who is anonymous and write the security headers of
     * every answer, kept or not.
     */
    static final int ORDER = 0;

    @Bean
    FilterRegistrationBean<SearchAnswerCache> searchAnswerCache(OfferSearch search, LocaleResolver localeResolver,
            SearchProperties properties, Clock clock) {
        FilterRegistrationBean<SearchAnswerCache> registration = new FilterRegistrationBean<>(
                new SearchAnswerCache(search, localeResolver, properties, clock));
        registration.addUrlPatterns("/*");
        registration.setOrder(ORDER);
        return registration;
    }
}
