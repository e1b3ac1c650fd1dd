package de.integrationsnetz.directory.search;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * At start, after the demo data ({@code @Order(30)}), checks whether the offer index can be used as it is, and starts
 * a rebuild in the background if not (docs/directory.md §4.7, decided by {@link StartupCheck}). The application is
 * usable meanwhile; the finder says that the index is being built.
 */
@Component
@Order(40)
class SearchIndexBootstrap implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(SearchIndexBootstrap.class);

    private final SearchIndexMaintenance maintenance;

    SearchIndexBootstrap(SearchIndexMaintenance maintenance) {
        this.maintenance = maintenance;
    }

    @Override
    public void run(ApplicationArguments args) {
        SearchProperties properties = maintenance.properties();
        StartupCheck check = new StartupCheck(properties.rebuildOnStart(), properties.persistent(),
                properties.persistent() ? maintenance.epochFile().read() : java.util.Optional.empty(),
                maintenance.databaseEpoch(), maintenance.indexedDocuments(), maintenance.publishedOffers());
        RebuildReason reason = check.rebuildReason();
        if (reason == null) {
            log.info("Offer search index is up to date ({} documents)", check.indexedDocuments());
            return;
        }
        log.info("Offer search index needs a rebuild: {}", reason);
        maintenance.rebuild(reason);
    }
}
