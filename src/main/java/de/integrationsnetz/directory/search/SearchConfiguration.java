package de.integrationsnetz.directory.search;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.hibernate.autoconfigure.HibernatePropertiesCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Hands the search settings to Hibernate Search, so that {@code application.properties} needs no
 * {@code hibernate.search.*} lines. Every value is only a default: a {@code spring.jpa.properties.hibernate.search.*}
 * property (e.g. for the Elasticsearch backend, docs/operations.md) takes precedence.
 *
 * <p>Synchronization: on disk, {@code write-sync} (a committed change is on disk when the transaction returns; with the
 * Lucene refresh interval at its default 0 the next search sees it). In memory (tests), {@code sync}: the change is
 * applied, committed and visible before the transaction returns, so tests never wait or poll.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SearchProperties.class)
class SearchConfiguration {

    static final String PREFIX = "hibernate.search.";

    @Bean
    HibernatePropertiesCustomizer directorySearchProperties(SearchProperties search) {
        return properties -> hibernateSearchDefaults(search).forEach(properties::putIfAbsent);
    }

    static Map<String, Object> hibernateSearchDefaults(SearchProperties search) {
        Map<String, Object> defaults = new LinkedHashMap<>();
        defaults.put(PREFIX + "backend.directory.type", search.directoryType());
        if (search.persistent()) {
            defaults.put(PREFIX + "backend.directory.root", search.root().toAbsolutePath().toString());
        }
        defaults.put(PREFIX + "backend.lucene_version", search.luceneVersion());
        defaults.put(PREFIX + "backend.analysis.configurer", "class:" + DirectoryLuceneAnalysis.class.getName());
        defaults.put(PREFIX + "mapping.configurer", "class:" + OfferIndexMapping.class.getName());
        defaults.put(PREFIX + "schema_management.strategy", "create-or-validate");
        defaults.put(PREFIX + "indexing.plan.synchronization.strategy", search.effectiveSynchronization());
        return defaults;
    }
}
