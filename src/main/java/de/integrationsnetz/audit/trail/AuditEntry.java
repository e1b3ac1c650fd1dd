package de.integrationsnetz.audit.trail;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** One recorded change, as shown in the trail. */
public record AuditEntry(long id, Instant occurredAt, String actor, String action, String entityType, String entityId,
        @Nullable String district, List<AuditChange> changes) {

    /** When it happened, in the time zone of Saxony. */
    public java.time.ZonedDateTime localTime() {
        return occurredAt.atZone(java.time.ZoneId.of("Europe/Berlin"));
    }
}
