package de.integrationsnetz.directory.offer;

import de.integrationsnetz.directory.schedule.Attendance;
import de.integrationsnetz.directory.schedule.RecurrenceRule;
import de.integrationsnetz.directory.schedule.Schedule;
import de.integrationsnetz.directory.schedule.ScheduleKind;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A {@link Schedule} as plain data, the form it has inside a pending revision ({@link OfferContent}). */
public record ScheduleData(UUID id, @Nullable UUID siteId, ScheduleKind kind, @Nullable String rrule,
        LocalDate start, @Nullable LocalTime opensAt, @Nullable LocalTime closesAt, @Nullable LocalDate validFrom,
        @Nullable LocalDate validUntil, Attendance attending, @Nullable String note) {

    public static ScheduleData of(Schedule schedule) {
        return new ScheduleData(schedule.id(), schedule.siteId().orElse(null), schedule.kind(),
                schedule.rule().map(RecurrenceRule::value).orElse(null), schedule.start(),
                schedule.opensAt().orElse(null), schedule.closesAt().orElse(null), schedule.validFrom().orElse(null),
                schedule.validUntil().orElse(null), schedule.attending(), schedule.note().orElse(null));
    }

    /** The schedule; throws {@link IllegalArgumentException} when the data breaks a schedule's invariants. */
    public Schedule toSchedule() {
        return new Schedule(id, siteId, kind, rrule == null ? null : new RecurrenceRule(rrule), start, opensAt,
                closesAt, validFrom, validUntil, attending, note);
    }
}
