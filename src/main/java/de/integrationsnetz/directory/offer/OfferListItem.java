package de.integrationsnetz.directory.offer;

import de.integrationsnetz.directory.OfferId;
import de.integrationsnetz.directory.OrganisationId;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** One row of the offer list and of the review queue. */
public record OfferListItem(OfferId id, String name, OrganisationId organisation, String providerName,
        OfferStatus status, @Nullable ArchiveReason archiveReason, boolean pendingRevision, List<String> cities,
        boolean online, boolean byPhone, boolean demo, Instant updatedAt, @Nullable Instant waitingSince) {

    static OfferListItem of(Offer offer) {
        Instant waiting = offer.status() == OfferStatus.IN_REVIEW ? offer.submittedAt().orElse(null)
                : offer.pendingRevisionAt().orElse(null);
        return new OfferListItem(offer.id(), offer.name(), offer.organisation(), offer.providerName(), offer.status(),
                offer.archiveReason().orElse(null), offer.hasPendingRevision(),
                offer.sites().stream().map(OfferSite::city).filter(city -> city != null && !city.isBlank())
                        .distinct().sorted().toList(),
                offer.flags().online(), offer.flags().byPhone(), offer.isDemo(), offer.updatedAt(), waiting);
    }
}
