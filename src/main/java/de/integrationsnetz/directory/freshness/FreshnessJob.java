package de.integrationsnetz.directory.freshness;

import de.integrationsnetz.shared.DistrictKey;
import java.time.Clock;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The nightly freshness job (docs/directory.md §6.3): one {@link FreshnessRun#runFor} per district with published
 * offers, each in its own transaction under a per-district advisory lock, so several nodes may run it at once.
 * {@code app.directory.freshness.cron} (default 03:30 German time) sets when; "-" switches it off.
 */
@Component
class FreshnessJob {

    private static final Logger log = LoggerFactory.getLogger(FreshnessJob.class);

    private final FreshnessRun run;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    FreshnessJob(FreshnessRun run, JdbcTemplate jdbc, Clock clock) {
        this.run = run;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Scheduled(cron = "${app.directory.freshness.cron:0 30 3 * * *}", zone = "Europe/Berlin")
    void nightly() {
        Instant now = clock.instant();
        for (String district : jdbc.queryForList(
                "select distinct district_key from directory.offers where status = 'PUBLISHED' order by 1",
                String.class)) {
            try {
                run.runFor(DistrictKey.of(district), now);
            } catch (RuntimeException failed) {
                log.error("Freshness run for district {} failed; the next night tries again", district, failed);
            }
        }
    }
}
