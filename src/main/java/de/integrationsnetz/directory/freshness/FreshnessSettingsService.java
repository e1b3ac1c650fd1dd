package de.integrationsnetz.directory.freshness;

import de.integrationsnetz.directory.ContentLanguage;
import de.integrationsnetz.directory.OrganisationId;
import de.integrationsnetz.shared.DistrictKey;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A district's freshness settings (defaults without a row), the language an organisation's mails go out in, and the
 * last run of the job. Access checks are the caller's (the settings page: county admin of the district).
 */
@Service
@Transactional
public class FreshnessSettingsService {

    private final FreshnessSettingsRepository settings;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    FreshnessSettingsService(FreshnessSettingsRepository settings, JdbcTemplate jdbc, Clock clock) {
        this.settings = settings;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The district's intervals, or the defaults. */
    @Transactional(readOnly = true)
    public FreshnessIntervals intervalsOf(DistrictKey district) {
        return settings.findById(district.value()).map(FreshnessSettings::intervals)
                .orElse(FreshnessIntervals.DEFAULTS);
    }

    /**
     * The version a form carries: 0 while the district uses the defaults, the stored version + 1 once it has settings
     * of its own (so that a form opened on the defaults conflicts with settings saved in between).
     */
    @Transactional(readOnly = true)
    public long versionOf(DistrictKey district) {
        return settings.findById(district.value()).map(stored -> stored.version() + 1).orElse(0L);
    }

    /**
     * Stores the district's intervals.
     *
     * @param expectedVersion what {@link #versionOf} said when the form was opened
     *
     * @throws ObjectOptimisticLockingFailureException when someone else saved in between
     * @throws IllegalArgumentException when the intervals are inconsistent (check {@link FreshnessIntervals#violations()})
     */
    public void change(DistrictKey district, FreshnessIntervals intervals, long expectedVersion) {
        Instant now = clock.instant();
        Optional<FreshnessSettings> existing = settings.findById(district.value());
        if (existing.isEmpty()) {
            if (expectedVersion != 0L) {
                throw new ObjectOptimisticLockingFailureException(FreshnessSettings.class, district.value());
            }
            try {
                // flushed here, so that a county admin who saved the first settings at the same moment is a
                // conflict like any other, not an error at commit
                settings.saveAndFlush(new FreshnessSettings(district, intervals, now));
            } catch (DataIntegrityViolationException savedInBetween) {
                throw new ObjectOptimisticLockingFailureException(FreshnessSettings.class, district.value());
            }
            return;
        }
        FreshnessSettings stored = existing.get();
        if (stored.version() + 1 != expectedVersion) {
            throw new ObjectOptimisticLockingFailureException(FreshnessSettings.class, district.value());
        }
        stored.change(intervals, now);
    }

    /** The language confirmation mails to the organisation are written in; German unless one is known. */
    @Transactional(readOnly = true)
    public ContentLanguage mailLanguageOf(OrganisationId organisation) {
        List<String> found = jdbc.queryForList(
                "select language from directory.organisation_mail_languages where organisation_id = ?", String.class,
                organisation.value());
        return found.isEmpty() ? ContentLanguage.DE : ContentLanguage.ofCode(found.get(0));
    }

    /** Sets the language of the organisation's confirmation mails (imports, tests; German is the default). */
    public void changeMailLanguage(OrganisationId organisation, ContentLanguage language) {
        jdbc.update("insert into directory.organisation_mail_languages (organisation_id, language) values (?, ?) "
                + "on conflict (organisation_id) do update set language = excluded.language", organisation.value(),
                language.code());
    }

    /** The last run of the job in the district. */
    @Transactional(readOnly = true)
    public Optional<LastRun> lastRun(DistrictKey district) {
        return jdbc.query("select run_at, finished_at, offers, mails, flagged, withdrawn, no_recipient "
                        + "from directory.freshness_runs where district_key = ? order by started_at desc limit 1",
                (rs, row) -> new LastRun(rs.getTimestamp(1).toInstant(), rs.getTimestamp(2).toInstant(),
                        rs.getInt(3), rs.getInt(4), rs.getInt(5), rs.getInt(6), rs.getInt(7)),
                district.value()).stream().findFirst();
    }

    /** Bookkeeping of one run, for the settings page. */
    public record LastRun(Instant runAt, Instant finishedAt, int offers, int mails, int flagged, int withdrawn,
            int noRecipient) {}
}
