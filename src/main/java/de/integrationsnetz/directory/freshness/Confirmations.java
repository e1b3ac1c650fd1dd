package de.integrationsnetz.directory.freshness;

import de.integrationsnetz.directory.OfferId;
import de.integrationsnetz.directory.access.DirectoryAccess;
import de.integrationsnetz.directory.access.Intent;
import de.integrationsnetz.directory.access.NotInScope;
import de.integrationsnetz.directory.freshness.ConfirmationToken.Usability;
import de.integrationsnetz.directory.offer.Actor;
import de.integrationsnetz.directory.offer.ArchiveReason;
import de.integrationsnetz.directory.offer.Offer;
import de.integrationsnetz.directory.offer.OfferContent;
import de.integrationsnetz.directory.offer.OfferStatus;
import de.integrationsnetz.directory.offer.OfferTransitionNotAllowed;
import de.integrationsnetz.identity.CurrentUser;
import de.integrationsnetz.shared.DistrictKey;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What a one-time confirmation link does (docs/directory.md §6.4): looking at it never uses it up (mail scanners
 * prefetch links); confirming uses it and confirms the offer (or publishes it again within the restore window after a
 * withdrawal); the limited correction form proposes changes for review (or ends the offer) and counts as a
 * confirmation; "changes needed" after login only tells where to edit. Also the back office's confirmation of a
 * withdrawn offer.
 */
@Service
public class Confirmations {

    private static final ZoneId ZONE = ZoneId.of("Europe/Berlin");

    private final ConfirmationLinks links;
    private final EntityManager entityManager;
    private final TransactionTemplate transactions;
    private final ApplicationEventPublisher events;
    private final FreshnessSettingsService settings;
    private final DirectoryAccess access;
    private final Clock clock;

    Confirmations(ConfirmationLinks links, EntityManager entityManager, PlatformTransactionManager transactionManager,
            ApplicationEventPublisher events, FreshnessSettingsService settings, DirectoryAccess access, Clock clock) {
        this.links = links;
        this.entityManager = entityManager;
        this.transactions = new TransactionTemplate(transactionManager);
        this.events = events;
        this.settings = settings;
        this.access = access;
        this.clock = clock;
    }

    /** What the page behind a link shows: the link's state and, for a usable link, the offer. */
    public record LinkView(Usability usability, @Nullable OfferCard offer) {

        public boolean usable() {
            return usability == Usability.USABLE && offer != null;
        }
    }

    /** The summary of the offer a link is about. */
    public record OfferCard(OfferId id, DistrictKey district, String name, String providerName, String description,
            OfferStatus status, boolean withdrawnAsStale, Instant lastConfirmedAt, @Nullable Instant restoreUntil,
            boolean confirmable) {}

    /** The outcome of "still current". */
    public enum Outcome { CONFIRMED, RESTORED, NOT_CONFIRMABLE, USED, EXPIRED, SUPERSEDED, UNKNOWN }

    /** Looks at a link without using it. */
    public LinkView inspect(String token) {
        return transactions.execute(tx -> {
            tx.setRollbackOnly();
            Optional<ConfirmationToken> found = links.find(token);
            if (found.isEmpty()) {
                return new LinkView(Usability.UNKNOWN, null);
            }
            Usability usability = found.get().usabilityAt(clock.instant());
            if (usability != Usability.USABLE) {
                return new LinkView(usability, null);
            }
            Offer offer = entityManager.find(Offer.class, found.get().offer().value());
            return offer == null ? new LinkView(Usability.UNKNOWN, null) : new LinkView(usability, card(offer));
        });
    }

    /** "Still current": confirms the offer and uses the link up; nothing changes when the offer cannot be confirmed. */
    public Outcome confirm(String token) {
        try {
            return transactions.execute(tx -> {
                Optional<ConfirmationToken> found = links.find(token);
                if (found.isEmpty()) {
                    return Outcome.UNKNOWN;
                }
                ConfirmationToken link = found.get();
                Instant now = clock.instant();
                Usability usability = link.usabilityAt(now);
                if (usability != Usability.USABLE) {
                    return Outcome.valueOf(usability.name());
                }
                Offer offer = entityManager.find(Offer.class, link.offer().value());
                if (offer == null) {
                    return Outcome.UNKNOWN;
                }
                boolean wasWithdrawn = offer.status() == OfferStatus.ARCHIVED;
                try {
                    offer.confirm(Actor.link(link.id()), now, settings.intervalsOf(offer.district()).restoreWindow());
                } catch (OfferTransitionNotAllowed refused) {
                    tx.setRollbackOnly();
                    return Outcome.NOT_CONFIRMABLE;
                }
                link.use(now);
                offer.drainEvents().forEach(events::publishEvent);
                return wasWithdrawn ? Outcome.RESTORED : Outcome.CONFIRMED;
            });
        } catch (ObjectOptimisticLockingFailureException usedMeanwhile) {
            return Outcome.USED;
        }
    }

    /**
     * What the link's limited correction form changes (docs/directory.md §6.4); {@code ended}: the offer ends, the
     * other values are ignored.
     */
    public record Correction(@Nullable String description, @Nullable String phone, @Nullable String email,
            @Nullable String url, @Nullable String feesNote, @Nullable String alert, @Nullable LocalDate validUntil,
            boolean ended) {

        static Correction of(OfferContent content) {
            return new Correction(content.description(), content.phone(), content.email(), content.url(),
                    content.feesNote(), content.alert(), content.validUntil(), false);
        }

        /** The offer's content with this correction's fields. */
        OfferContent applyTo(OfferContent c) {
            return new OfferContent(c.name(), description, feesNote, c.eligibilityNote(), c.applicationNote(), alert,
                    url, email, phone, c.onlineUrl(), c.flags(), c.wholeDistrict(), c.minAge(), c.maxAge(),
                    c.validFrom(), validUntil, c.course(), c.classifications(), c.languages(), c.serviceAreas(),
                    c.sites(), c.contacts(), c.schedules());
        }
    }

    /**
     * What the correction form starts from: the link's state, and for a usable link the offer, its published values
     * and the version the form is based on.
     */
    public record CorrectionStart(LinkView link, @Nullable Correction current, long version) {}

    /** The outcome of sending the correction form. */
    public enum CorrectionOutcome {
        /** The changes wait for a coordinator's review; the offer counts as confirmed. */
        PROPOSED,
        /** Nothing was changed: the offer is confirmed as with "still current". */
        CONFIRMED,
        /** The offer ended and is no longer public. */
        ENDED,
        /** The offer changed since the form was opened; nothing happened. */
        CONFLICT,
        NOT_CONFIRMABLE, USED, EXPIRED, SUPERSEDED, UNKNOWN
    }

    /** Opens the correction form: the offer's published values; the link stays usable. */
    public CorrectionStart startCorrection(String token) {
        return transactions.execute(tx -> {
            tx.setRollbackOnly();
            LinkView link = inspect(token);
            if (!link.usable()) {
                return new CorrectionStart(link, null, 0L);
            }
            Offer offer = entityManager.find(Offer.class, link.offer().id().value());
            return new CorrectionStart(link, Correction.of(offer.content()), offer.version());
        });
    }

    /**
     * Sends the correction form. A usable link confirms the offer (publishing it again within the restore window
     * after a withdrawal) and then either ends it ({@code ArchiveReason.ENDED}) or, when something changed, keeps the
     * change as a pending revision for review; the link is used up. Nothing changes when the link is not usable, the
     * offer cannot be confirmed or it changed since {@code expectedVersion}.
     *
     * @throws de.integrationsnetz.directory.common.DirectoryRuleViolation when the changed content breaks a rule
     *         (nothing changed; the link stays usable)
     */
    public CorrectionOutcome correct(String token, long expectedVersion, Correction correction) {
        try {
            return transactions.execute(tx -> {
                Optional<ConfirmationToken> found = links.find(token);
                if (found.isEmpty()) {
                    return CorrectionOutcome.UNKNOWN;
                }
                ConfirmationToken link = found.get();
                Instant now = clock.instant();
                Usability usability = link.usabilityAt(now);
                if (usability != Usability.USABLE) {
                    return CorrectionOutcome.valueOf(usability.name());
                }
                Offer offer = entityManager.find(Offer.class, link.offer().value());
                if (offer == null) {
                    return CorrectionOutcome.UNKNOWN;
                }
                if (offer.version() != expectedVersion) {
                    tx.setRollbackOnly();
                    return CorrectionOutcome.CONFLICT;
                }
                Actor actor = Actor.link(link.id());
                OfferContent before = offer.content();
                try {
                    // Confirm first: an offer withdrawn as stale is public again with its checked content, so the
                    // change below waits for review like any change of a published offer.
                    offer.confirm(actor, now, settings.intervalsOf(offer.district()).restoreWindow());
                } catch (OfferTransitionNotAllowed refused) {
                    tx.setRollbackOnly();
                    return CorrectionOutcome.NOT_CONFIRMABLE;
                }
                CorrectionOutcome outcome;
                if (correction.ended()) {
                    offer.archive(ArchiveReason.ENDED, actor, now);
                    outcome = CorrectionOutcome.ENDED;
                } else {
                    OfferContent changed = correction.applyTo(before);
                    if (changed.equals(before)) {
                        outcome = CorrectionOutcome.CONFIRMED;
                    } else if (offer.edit(changed, actor, now, LocalDate.ofInstant(now, ZONE))
                            == Offer.EditOutcome.PROPOSED) {
                        outcome = CorrectionOutcome.PROPOSED;
                    } else {
                        throw new IllegalStateException("A link changed " + offer + " without review");
                    }
                }
                link.use(now);
                offer.drainEvents().forEach(events::publishEvent);
                return outcome;
            });
        } catch (ObjectOptimisticLockingFailureException changedMeanwhile) {
            LinkView link = inspect(token);
            return link.usable() ? CorrectionOutcome.CONFLICT : CorrectionOutcome.valueOf(link.usability().name());
        }
    }

    /** Today in the district's time zone (for the form's check of dates). */
    public LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ZONE);
    }

    /** "Changes needed": the offer to edit after login, if the link is usable; the link stays usable. */
    public Optional<OfferId> offerToChange(String token) {
        LinkView view = inspect(token);
        return view.usable() ? Optional.of(view.offer().id()) : Optional.empty();
    }

    /**
     * A coordinator or county admin confirms an offer that was withdrawn as stale, within the district's restore
     * window (a published offer is confirmed through the offer page's own action).
     */
    public void confirmWithdrawn(OfferId id, CurrentUser user) {
        transactions.executeWithoutResult(tx -> {
            Offer offer = entityManager.find(Offer.class, id.value());
            if (offer == null) {
                throw new NotInScope(id);
            }
            access.require(user, offer.district(), offer.organisation(), Intent.MANAGE);
            offer.confirm(Actor.of(user), clock.instant(), settings.intervalsOf(offer.district()).restoreWindow());
            offer.drainEvents().forEach(events::publishEvent);
        });
    }

    private OfferCard card(Offer offer) {
        boolean stale = offer.status() == OfferStatus.ARCHIVED
                && offer.archiveReason().filter(reason -> reason == ArchiveReason.STALE).isPresent();
        Instant restoreUntil = stale ? offer.withdrawnAt()
                .map(at -> at.plus(settings.intervalsOf(offer.district()).restoreWindow())).orElse(null) : null;
        boolean confirmable = offer.status() == OfferStatus.PUBLISHED
                || (restoreUntil != null && !clock.instant().isAfter(restoreUntil));
        String description = offer.description();
        if (description.length() > 400) {
            description = description.substring(0, 399).strip() + "…";
        }
        return new OfferCard(offer.id(), offer.district(), offer.name(), offer.providerName(), description,
                offer.status(), stale, offer.lastConfirmedAt(), restoreUntil, confirmable);
    }
}
