package de.integrationsnetz.directory.freshness;

import de.integrationsnetz.directory.ContentLanguage;
import de.integrationsnetz.directory.OfferConfirmationRequested;
import de.integrationsnetz.directory.OfferConfirmationRequested.Kind;
import de.integrationsnetz.directory.offer.Actor;
import de.integrationsnetz.directory.offer.Offer;
import de.integrationsnetz.directory.offer.OfferStatus;
import de.integrationsnetz.directory.organisation.Organisation;
import de.integrationsnetz.shared.DistrictKey;
import jakarta.persistence.EntityManager;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * One district's freshness run (docs/directory.md §6.2, §6.3): reminders, the "not confirmed" flag, the warnings and
 * the withdrawal of published offers whose last confirmation is too old, each with its e-mail.
 *
 * <p>Multi-node correctness: the run holds a transaction-scoped PostgreSQL advisory lock per district (another node
 * that tries at the same time skips the district), and every notice is recorded with {@code insert … on conflict do
 * nothing} before its mail event is published in the same transaction; only an inserted row leads to a mail. The
 * event publication registry delivers the mail after the commit and again after a crash.
 */
@Component
public class FreshnessRun {

    private static final Logger log = LoggerFactory.getLogger(FreshnessRun.class);
    private static final ZoneId ZONE = ZoneId.of("Europe/Berlin");

    private final EntityManager entityManager;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final ApplicationEventPublisher events;
    private final FreshnessSettingsService settings;
    private final ConfirmationLinks links;

    FreshnessRun(EntityManager entityManager, JdbcTemplate jdbc, PlatformTransactionManager transactionManager,
            ApplicationEventPublisher events, FreshnessSettingsService settings, ConfirmationLinks links) {
        this.entityManager = entityManager;
        this.jdbc = jdbc;
        this.transactions = new TransactionTemplate(transactionManager);
        this.events = events;
        this.settings = settings;
        this.links = links;
    }

    /** What a run did. {@code skipped}: the district was locked by another run, or freshness is off there. */
    public record Result(DistrictKey district, boolean skipped, int offers, int mails, int flagged, int withdrawn,
            int noRecipient) {

        static Result skipped(DistrictKey district) {
            return new Result(district, true, 0, 0, 0, 0, 0);
        }
    }

    /** Runs the timeline for every published offer of the district as of {@code now}, in one transaction. */
    public Result runFor(DistrictKey district, Instant now) {
        Instant started = Instant.now();
        Result result = transactions.execute(tx -> {
            Boolean locked = jdbc.queryForObject(
                    "select pg_try_advisory_xact_lock(hashtext('directory.freshness'), cast(? as int))",
                    Boolean.class, Integer.parseInt(district.value()));
            if (!Boolean.TRUE.equals(locked)) {
                log.info("Freshness run for district {} skipped: another run holds it", district);
                return Result.skipped(district);
            }
            // "starts soon" and the dates on the cards need next_start even where reminders are switched off
            refreshNextStarts(district, now);
            FreshnessIntervals intervals = settings.intervalsOf(district);
            if (!intervals.enabled()) {
                return Result.skipped(district);
            }
            Result done = run(district, now, intervals);
            jdbc.update("insert into directory.freshness_runs (id, district_key, run_at, started_at, finished_at, "
                    + "offers, mails, flagged, withdrawn, no_recipient) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    UUID.randomUUID(), district.value(), Timestamp.from(now), Timestamp.from(started),
                    Timestamp.from(Instant.now()), done.offers(), done.mails(), done.flagged(), done.withdrawn(),
                    done.noRecipient());
            return done;
        });
        if (result != null && !result.skipped()) {
            log.info("Freshness run for district {}: {} offers due, {} mails, {} flagged, {} withdrawn", district,
                    result.offers(), result.mails(), result.flagged(), result.withdrawn());
        }
        return result;
    }

    private void refreshNextStarts(DistrictKey district, Instant now) {
        LocalDate today = LocalDate.ofInstant(now, ZONE);
        entityManager.createQuery("select o from Offer o where o.districtKey = :district and o.status = :status",
                        Offer.class)
                .setParameter("district", district.value())
                .setParameter("status", OfferStatus.PUBLISHED)
                .getResultList()
                .forEach(offer -> offer.refreshNextStart(today));
    }

    private Result run(DistrictKey district, Instant now, FreshnessIntervals intervals) {
        LocalDate today = LocalDate.ofInstant(now, ZONE);
        List<Offer> due = entityManager.createQuery("select o from Offer o where o.districtKey = :district "
                        + "and o.status = :status and o.lastConfirmedAt <= :threshold order by o.lastConfirmedAt",
                        Offer.class)
                .setParameter("district", district.value())
                .setParameter("status", OfferStatus.PUBLISHED)
                .setParameter("threshold", now.minus(java.time.Duration.ofDays(intervals.firstReminderAfterDays())))
                .getResultList();
        int mails = 0;
        int flagged = 0;
        int withdrawn = 0;
        int noRecipient = 0;
        for (Offer offer : due) {
            Instant cycle = offer.lastConfirmedAt();
            Notice notice = FreshnessTimeline.dueNotice(intervals, cycle, now);
            if (notice == null) {
                continue;
            }
            if (notice.kind() != Kind.REMINDER && offer.staleSince().isEmpty()) {
                offer.flagStale(now);
                flagged++;
            }
            if (notice.kind() == Kind.WITHDRAWN) {
                offer.withdrawAsStale(Actor.system(), now);
                offer.drainEvents().forEach(events::publishEvent);
                withdrawn++;
            }
            Recipient recipient = recipientOf(offer);
            int inserted = jdbc.update("insert into directory.freshness_notices (offer_id, cycle_start, kind, seq, "
                    + "district_key, sent_at, recipient) values (?, ?, ?, ?, ?, ?, ?) on conflict do nothing",
                    offer.id().value(), Timestamp.from(cycle), notice.kind().name(), notice.seq(), district.value(),
                    Timestamp.from(now), recipient == null ? null : recipient.email());
            if (inserted == 0) {
                continue;
            }
            if (recipient == null) {
                noRecipient++;
                continue;
            }
            // after the withdrawal no further mail comes: its link lasts as long as the offer can be restored
            java.time.Duration validity = notice.kind() == Kind.WITHDRAWN
                    && intervals.restoreWindow().compareTo(intervals.linkValidity()) > 0
                    ? intervals.restoreWindow() : intervals.linkValidity();
            ConfirmationToken.Issued link = links.issue(offer, now, validity);
            LocalDate withdrawOn = LocalDate.ofInstant(intervals.withdrawDue(cycle), ZONE);
            LocalDate restoreUntil = notice.kind() == Kind.WITHDRAWN
                    ? LocalDate.ofInstant(now.plus(intervals.restoreWindow()), ZONE) : null;
            events.publishEvent(new OfferConfirmationRequested(offer.id(), district, recipient.email(),
                    recipient.language(), offer.name(), offer.providerName(), notice.kind(), cycle,
                    notice.kind() == Kind.WITHDRAWN ? today : withdrawOn, restoreUntil, links.urlOf(link),
                    link.stored().expiresAt()));
            mails++;
        }
        return new Result(district, false, due.size(), mails, flagged, withdrawn, noRecipient);
    }

    /** Who gets the mails: the organisation's maintainer address, else the offer's, else the organisation's. */
    private @Nullable Recipient recipientOf(Offer offer) {
        Organisation organisation = entityManager.find(Organisation.class, offer.organisation().value());
        String email = organisation == null ? offer.email() : firstOf(organisation.maintainerEmail(), offer.email(),
                organisation.email());
        if (email == null) {
            return null;
        }
        return new Recipient(email, settings.mailLanguageOf(offer.organisation()));
    }

    private static @Nullable String firstOf(@Nullable String... candidates) {
        for (String candidate : candidates) {
            if (candidate != null && !candidate.isBlank()) {
                return candidate.strip();
            }
        }
        return null;
    }

    record Recipient(String email, ContentLanguage language) {}

    /** A notice of the timeline: its kind and its number within the kind (reminder 1, 2, 3; warning 1, 2). */
    record Notice(Kind kind, int seq) {}
}
