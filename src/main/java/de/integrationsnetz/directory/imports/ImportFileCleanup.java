package de.integrationsnetz.directory.imports;

import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Deletes uploaded files after the retention ({@code app.directory.import.retention}, 24 h); demo files stay. */
@Component
class ImportFileCleanup {

    private static final Logger log = LoggerFactory.getLogger(ImportFileCleanup.class);

    private final ImportStore store;
    private final ImportProperties properties;
    private final Clock clock;

    ImportFileCleanup(ImportStore store, ImportProperties properties, Clock clock) {
        this.store = store;
        this.properties = properties;
        this.clock = clock;
    }

    @Scheduled(cron = "${app.directory.import.cleanup-cron:0 15 3 * * *}", zone = "Europe/Berlin")
    @Transactional
    public void deleteExpiredFiles() {
        int deleted = store.deleteFilesBefore(clock.instant().minus(properties.retention()));
        if (deleted > 0) {
            log.info("Deleted {} uploaded import files after their retention", deleted);
        }
    }
}
