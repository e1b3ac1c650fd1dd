package de.integrationsnetz.directory.benchmark.server;

import de.integrationsnetz.directory.search.SearchIndexMaintenance;
import de.integrationsnetz.directory.taxonomy.TaxonomyCatalog;
import jakarta.persistence.EntityManager;
import java.nio.file.Path;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.servlet.function.RouterFunction;
import org.springframework.web.servlet.function.ServerResponse;

/**
 * Benchmark-only beans: the synthetic data set and the ILIKE baseline. The condition keeps them out of every other
 * context (the test suite scans this package too, but never sets the property).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnBooleanProperty("app.directory.benchmark.enabled")
public class BenchmarkConfiguration {

    @Bean
    SyntheticDataSet syntheticDataSet(TransactionTemplate transactions, EntityManager entityManager,
            TaxonomyCatalog catalog, SearchIndexMaintenance index, JdbcClient jdbc,
            @Value("${app.directory.benchmark.offers:30000}") int offers,
            @Value("${app.directory.benchmark.report-file:target/benchmark/server-report.json}") Path reportFile) {
        return new SyntheticDataSet(transactions, entityManager, catalog, index, jdbc, offers, reportFile);
    }

    @Bean
    RouterFunction<ServerResponse> ilikeBaseline(JdbcClient jdbc) {
        return new IlikeBaselineController(jdbc).routes();
    }
}
