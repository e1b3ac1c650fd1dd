package de.integrationsnetz.directory.freshness;

import de.integrationsnetz.directory.OfferConfirmationRequested.Kind;
import de.integrationsnetz.directory.OfferId;
import de.integrationsnetz.directory.offer.ArchiveReason;
import de.integrationsnetz.directory.offer.Offer;
import de.integrationsnetz.directory.offer.OfferStatus;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Freshness facts for the back-office offer page (called from the template as {@code @freshnessOverview}, after the
 * page's controller checked the user's scope): last confirmation, the "not confirmed" flag, the next step of the
 * timeline, the last mail sent, and whether a withdrawn offer can still be confirmed back.
 */
@Component("freshnessOverview")
public class FreshnessOverview {

    private final EntityManager entityManager;
    private final JdbcTemplate jdbc;
    private final FreshnessSettingsService settings;
    private final Clock clock;

    FreshnessOverview(EntityManager entityManager, JdbcTemplate jdbc, FreshnessSettingsService settings, Clock clock) {
        this.entityManager = entityManager;
        this.jdbc = jdbc;
        this.settings = settings;
        this.clock = clock;
    }

    /**
     * @param nextKind the next step of the timeline ({@code REMINDER}, {@code FLAGGED}, {@code WARNING},
     *     {@code WITHDRAWN}), null when the offer is not published
     * @param lastNoticeRecipient null when the last notice found no contact address
     */
    public record OfferFreshness(Instant lastConfirmedAt, @Nullable Instant staleSince, @Nullable Kind nextKind,
            @Nullable Instant nextAt, @Nullable Kind lastNoticeKind, @Nullable Instant lastNoticeAt,
            @Nullable String lastNoticeRecipient, boolean withdrawnAsStale, @Nullable Instant restoreUntil,
            boolean restorable) {

        public boolean hasLastNotice() {
            return lastNoticeKind != null;
        }
    }

    @Transactional(readOnly = true)
    public @Nullable OfferFreshness of(OfferId id) {
        Offer offer = entityManager.find(Offer.class, id.value());
        if (offer == null) {
            return null;
        }
        Instant now = clock.instant();
        FreshnessIntervals intervals = settings.intervalsOf(offer.district());
        FreshnessTimeline.Step next = offer.status() == OfferStatus.PUBLISHED && intervals.enabled()
                ? FreshnessTimeline.next(intervals, offer.lastConfirmedAt(), now) : null;
        List<Object[]> notices = jdbc.query("select kind, sent_at, recipient from directory.freshness_notices "
                        + "where offer_id = ? order by sent_at desc, seq desc limit 1",
                (rs, row) -> new Object[] {rs.getString(1), rs.getTimestamp(2).toInstant(), rs.getString(3)},
                id.value());
        Object[] last = notices.isEmpty() ? null : notices.get(0);
        boolean stale = offer.status() == OfferStatus.ARCHIVED
                && offer.archiveReason().filter(reason -> reason == ArchiveReason.STALE).isPresent();
        Instant restoreUntil = stale
                ? offer.withdrawnAt().map(at -> at.plus(intervals.restoreWindow())).orElse(null) : null;
        return new OfferFreshness(offer.lastConfirmedAt(), offer.staleSince().orElse(null),
                next == null ? null : next.kind(), next == null ? null : next.due(),
                last == null ? null : Kind.valueOf((String) last[0]), last == null ? null : (Instant) last[1],
                last == null ? null : (String) last[2], stale, restoreUntil,
                restoreUntil != null && !now.isAfter(restoreUntil));
    }
}
