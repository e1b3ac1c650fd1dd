package de.integrationsnetz.directory;

import de.integrationsnetz.shared.DistrictKey;
import java.time.Instant;

/**
 * An offer in a few words, for other modules.
 *
 * @param status the name of the offer's status: {@code DRAFT}, {@code IN_REVIEW}, {@code PUBLISHED} or
 *     {@code ARCHIVED}
 * @param published whether the public sees the offer now
 */
public record OfferSummary(OfferId id, DistrictKey district, OrganisationId organisation, String name, String status,
        boolean published, Instant updatedAt) {}
