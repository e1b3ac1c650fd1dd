package de.integrationsnetz.directory.search;

import java.time.Clock;
import java.time.Duration;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Every night (after the freshness job), indexes again every offer changed in the last 25 hours
 * (docs/directory.md §4.7): a crash between a database commit and its index write would otherwise leave the index
 * behind until the next rebuild. Each application instance repairs its own local index.
 */
@Component
class SearchIndexReconciler {

    static final Duration WINDOW = Duration.ofHours(25);

    private final SearchIndexMaintenance maintenance;
    private final Clock clock;

    SearchIndexReconciler(SearchIndexMaintenance maintenance, Clock clock) {
        this.maintenance = maintenance;
        this.clock = clock;
    }

    @Scheduled(cron = "${app.directory.search.reconcile-cron:0 0 4 * * *}", zone = "Europe/Berlin")
    void reconcile() {
        if (!maintenance.isRebuilding()) {
            maintenance.reindexChangedSince(clock.instant().minus(WINDOW));
        }
    }
}
