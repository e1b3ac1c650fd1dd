package de.integrationsnetz.directory.schedule;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * When an offer takes place (one row of {@code directory.offer_schedules}, HSDS {@code schedule}): opening hours, a
 * recurring series (RFC 5545 rule) or a single date, optionally with a time span and a validity period, in the time
 * zone Europe/Berlin. Invariants: a single date has no rule, the others have one; the end time is after the start
 * time; the validity ends after it starts.
 */
@Embeddable
public class Schedule {

    @Column(nullable = false)
    private UUID id;

    @Column(name = "site_id")
    private @Nullable UUID siteId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ScheduleKind kind;

    @Column(length = 500)
    private @Nullable String rrule;

    @Column(nullable = false)
    private LocalDate dtstart;

    @Column(name = "opens_at")
    private @Nullable LocalTime opensAt;

    @Column(name = "closes_at")
    private @Nullable LocalTime closesAt;

    @Column(name = "valid_from")
    private @Nullable LocalDate validFrom;

    @Column(name = "valid_until")
    private @Nullable LocalDate validUntil;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Attendance attending;

    @Column(columnDefinition = "text")
    private @Nullable String note;

    protected Schedule() {
    }

    public Schedule(UUID id, @Nullable UUID siteId, ScheduleKind kind, @Nullable RecurrenceRule rule, LocalDate start,
            @Nullable LocalTime opensAt, @Nullable LocalTime closesAt, @Nullable LocalDate validFrom,
            @Nullable LocalDate validUntil, Attendance attending, @Nullable String note) {
        this.id = Objects.requireNonNull(id, "id");
        this.kind = Objects.requireNonNull(kind, "kind");
        this.dtstart = Objects.requireNonNull(start, "start");
        this.attending = Objects.requireNonNull(attending, "attending");
        if ((kind == ScheduleKind.SINGLE_DATE) != (rule == null)) {
            throw new IllegalArgumentException("A single date has no recurrence rule; the other kinds need one");
        }
        if (opensAt != null && closesAt != null && !closesAt.isAfter(opensAt)) {
            throw new IllegalArgumentException("The end time must be after the start time");
        }
        if (validFrom != null && validUntil != null && validUntil.isBefore(validFrom)) {
            throw new IllegalArgumentException("The validity must not end before it starts");
        }
        this.siteId = siteId;
        this.rrule = rule == null ? null : rule.value();
        this.opensAt = opensAt;
        this.closesAt = closesAt;
        this.validFrom = validFrom;
        this.validUntil = validUntil;
        this.note = note == null || note.isBlank() ? null : note.strip();
    }

    /** The next day on or after {@code today} on which this schedule takes place within its validity. */
    public Optional<LocalDate> nextOccurrence(LocalDate today) {
        LocalDate from = validFrom != null && validFrom.isAfter(today) ? validFrom : today;
        Optional<LocalDate> next = rule()
                .map(r -> r.next(dtstart, from.minusDays(1)))
                .orElseGet(() -> dtstart.isBefore(from) ? Optional.empty() : Optional.of(dtstart));
        return next.filter(day -> validUntil == null || !day.isAfter(validUntil));
    }

    /**
     * Up to {@code max} days on or after {@code today} on which this schedule takes place within its validity, in
     * order (at most {@link RecurrenceRule#MAX_DATES}).
     */
    public List<LocalDate> nextOccurrences(LocalDate today, int max) {
        LocalDate from = validFrom != null && validFrom.isAfter(today) ? validFrom : today;
        List<LocalDate> dates = rule()
                .map(r -> r.upcoming(dtstart, from, max))
                .orElseGet(() -> dtstart.isBefore(from) || max < 1 ? List.of() : List.of(dtstart));
        return dates.stream().filter(day -> validUntil == null || !day.isAfter(validUntil)).toList();
    }

    public UUID id() {
        return id;
    }

    public Optional<UUID> siteId() {
        return Optional.ofNullable(siteId);
    }

    public ScheduleKind kind() {
        return kind;
    }

    public Optional<RecurrenceRule> rule() {
        return Optional.ofNullable(rrule).map(RecurrenceRule::new);
    }

    public LocalDate start() {
        return dtstart;
    }

    public Optional<LocalTime> opensAt() {
        return Optional.ofNullable(opensAt);
    }

    public Optional<LocalTime> closesAt() {
        return Optional.ofNullable(closesAt);
    }

    public Optional<LocalDate> validFrom() {
        return Optional.ofNullable(validFrom);
    }

    public Optional<LocalDate> validUntil() {
        return Optional.ofNullable(validUntil);
    }

    public Attendance attending() {
        return attending;
    }

    public Optional<String> note() {
        return Optional.ofNullable(note);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Schedule that && id.equals(that.id);
    }

    @Override
    public int hashCode() {
        return id.hashCode();
    }
}
