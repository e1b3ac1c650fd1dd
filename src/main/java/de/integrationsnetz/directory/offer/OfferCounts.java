package de.integrationsnetz.directory.offer;

import java.util.Map;

/**
 * How many offers a user sees per status, how many of them have a pending revision, and how many items wait in the
 * user's review queue (0 for providers).
 */
public record OfferCounts(Map<OfferStatus, Long> perStatus, long pendingRevisions, long waitingForReview) {

    public OfferCounts {
        perStatus = Map.copyOf(perStatus);
    }

    public long of(OfferStatus status) {
        return perStatus.getOrDefault(status, 0L);
    }

    public long total() {
        return perStatus.values().stream().mapToLong(Long::longValue).sum();
    }
}
