package de.integrationsnetz.directory.freshness;

import de.integrationsnetz.directory.OfferId;
import de.integrationsnetz.directory.access.DirectoryAccess;
import de.integrationsnetz.directory.access.Intent;
import de.integrationsnetz.directory.access.NotInScope;
import de.integrationsnetz.directory.freshness.ConfirmationToken.Usability;
import de.integrationsnetz.directory.offer.Actor;
import de.integrationsnetz.directory.offer.ArchiveReason;
import de.integrationsnetz.directory.offer.Offer;
import de.integrationsnetz.directory.offer.OfferStatus;
import de.integrationsnetz.directory.offer.OfferTransitionNotAllowed;
import de.integrationsnetz.identity.CurrentUser;
import de.integrationsnetz.shared.DistrictKey;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
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
 * withdrawal); "changes needed" only tells where to edit. Also the back office's confirmation of a withdrawn offer.
 */
@Service
public class Confirmations {

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
