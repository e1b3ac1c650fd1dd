package de.integrationsnetz.directory;

import de.integrationsnetz.shared.DistrictKey;
import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * The freshness job asks an organisation to confirm (or correct) one of its offers, or tells it that the offer was
 * flagged or withdrawn (docs/directory.md §6.5). Published within the job's transaction; the notifications module sends
 * the e-mail after the commit.
 *
 * @param kind {@code REMINDER}, {@code FLAGGED}, {@code WARNING} or {@code WITHDRAWN}
 * @param withdrawOn the day the offer will be (or was) withdrawn from the public directory
 * @param restoreUntil for {@code WITHDRAWN}: the last day a confirmation publishes the offer again; otherwise null
 * @param confirmUrl the one-time link (absolute), valid until {@code expiresAt}
 */
public record OfferConfirmationRequested(OfferId offer, DistrictKey district, String recipient,
        ContentLanguage language, String offerName, String organisationName, Kind kind, Instant lastConfirmedAt,
        LocalDate withdrawOn, @Nullable LocalDate restoreUntil, String confirmUrl, Instant expiresAt) {

    /** What the mail says. */
    public enum Kind { REMINDER, FLAGGED, WARNING, WITHDRAWN }

    public OfferConfirmationRequested {
        if (offer == null || district == null || recipient == null || recipient.isBlank() || language == null
                || kind == null || confirmUrl == null) {
            throw new IllegalArgumentException("A confirmation request names the offer, a recipient and a link");
        }
    }

    @Override
    public String toString() {
        return "OfferConfirmationRequested[" + kind + " for " + offer + " to " + recipient + "]";
    }
}
