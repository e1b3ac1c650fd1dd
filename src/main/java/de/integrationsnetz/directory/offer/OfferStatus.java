package de.integrationsnetz.directory.offer;

/**
 * Where an offer stands in its life; only {@link Offer}'s methods move it (docs/directory.md §2.5). Its UI label is
 * {@code directory.offer-status.<NAME>}.
 */
public enum OfferStatus {
    /** Being written; only the back office sees it. */
    DRAFT,
    /** Submitted by its provider (or a coordinator) and waiting for a coordinator's review. */
    IN_REVIEW,
    /** Public: found by the finder and the HSDS API. */
    PUBLISHED,
    /** No longer public; the reason says why. */
    ARCHIVED
}
