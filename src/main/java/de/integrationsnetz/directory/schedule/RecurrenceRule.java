package de.integrationsnetz.directory.schedule;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.fortuna.ical4j.model.Recur;

/**
 * An RFC 5545 recurrence rule ({@code RECUR} value without the {@code RRULE:} prefix) on whole days, parsed with
 * ical4j. Rejects what ical4j rejects and, because offers happen on days, frequencies finer than daily.
 */
public record RecurrenceRule(String value) {

    /** Upper bound for listed dates, so that a rule without end never produces an endless list. */
    public static final int MAX_DATES = 50;

    public RecurrenceRule {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("A recurrence rule needs a value");
        }
        value = value.strip();
        if (value.regionMatches(true, 0, "RRULE:", 0, 6)) {
            value = value.substring(6);
        }
        Recur<LocalDate> recur = parse(value);
        switch (recur.getFrequency()) {
            case SECONDLY, MINUTELY, HOURLY -> throw new IllegalArgumentException(
                    "Offer schedules recur at most daily: " + value);
            default -> { }
        }
        if (recur.getCount() > 0 && recur.getUntil() != null) {
            throw new IllegalArgumentException("A recurrence rule has COUNT or UNTIL, not both: " + value);
        }
    }

    /** The first date after {@code after} (exclusive) of the series starting at {@code seed}; empty when it ended. */
    public Optional<LocalDate> next(LocalDate seed, LocalDate after) {
        return Optional.ofNullable(parse(value).getNextDate(seed, after));
    }

    /** The dates of the series starting at {@code seed} within [from, to], at most {@link #MAX_DATES}. */
    public List<LocalDate> between(LocalDate seed, LocalDate from, LocalDate to) {
        return parse(value).getDates(seed, from, to, MAX_DATES);
    }

    /**
     * Up to {@code max} (at most {@link #MAX_DATES}) dates of the series starting at {@code seed}, on or after
     * {@code from}, in order.
     */
    public List<LocalDate> upcoming(LocalDate seed, LocalDate from, int max) {
        Recur<LocalDate> recur = parse(value);
        List<LocalDate> dates = new ArrayList<>();
        LocalDate after = from.minusDays(1);
        while (dates.size() < Math.min(max, MAX_DATES)) {
            LocalDate next = recur.getNextDate(seed, after);
            if (next == null) {
                break;
            }
            dates.add(next);
            after = next;
        }
        return dates;
    }

    /** How this rule reads as one of the simple patterns of the offer form, or {@link RepeatPattern#CUSTOM}. */
    public RuleShape shape() {
        return RuleShape.of(this);
    }

    Recur<LocalDate> recur() {
        return parse(value);
    }

    private static Recur<LocalDate> parse(String value) {
        try {
            return new Recur<>(value);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("Not an RFC 5545 recurrence rule: " + value, e);
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
