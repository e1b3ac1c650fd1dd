package de.integrationsnetz.directory.offer;

/** Why an offer was archived; its UI label is {@code directory.archive-reason.<NAME>}. */
public enum ArchiveReason {
    /** The offer ended or was withdrawn by its provider or a coordinator. */
    ENDED,
    /** Nobody confirmed it for too long (freshness job); it can be confirmed back within the restore window. */
    STALE,
    /** Paused for a while, e.g. over the summer. */
    TEMPORARILY_CLOSED,
    /** It duplicated another offer. */
    REJECTED_DUPLICATE
}
