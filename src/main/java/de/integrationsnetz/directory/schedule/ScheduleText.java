package de.integrationsnetz.directory.schedule;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * A schedule in words, in the reader's language, from the message keys {@code directory.schedule.text.*}: the simple
 * patterns as a phrase (“Dienstag und Donnerstag, 10:00–12:00 Uhr”, “jeden letzten Freitag im Monat”, “am 12. März
 * 2027”), any other rule as its next {@value #NEXT_DATES} dates; then the validity and the way to attend (online,
 * phone). Day and month names and date formats come from {@code java.time} for the locale.
 */
@Component
public class ScheduleText {

    /** How many dates the fallback text lists. */
    public static final int NEXT_DATES = 5;

    private static final String PREFIX = "directory.schedule.text.";

    private final MessageSource messages;

    public ScheduleText(MessageSource messages) {
        this.messages = messages;
    }

    /** The schedule in words for a reader in {@code locale}; {@code today} decides which dates are "next". */
    public String describe(Schedule schedule, Locale locale, LocalDate today) {
        Phrase phrase = new Phrase(locale);
        String text;
        boolean listed = false;
        if (schedule.kind() == ScheduleKind.SINGLE_DATE) {
            text = phrase.text("single", phrase.longDate(schedule.start()));
        } else {
            RecurrenceRule rule = schedule.rule().orElseThrow();
            RuleShape shape = rule.shape();
            switch (shape.pattern()) {
                case WEEKLY -> text = phrase.weekly(shape.days());
                case EVERY_N_WEEKS -> text = phrase.text("every-n-weeks", String.valueOf(shape.interval()),
                        phrase.days(shape.days()), shape.interval());
                case MONTHLY_NTH_WEEKDAY -> {
                    DayOfWeek day = shape.weekday() == null ? DayOfWeek.MONDAY : shape.weekday();
                    text = phrase.text("monthly-nth." + shape.nth(), phrase.dayName(day), phrase.gender(day));
                }
                case DAILY -> text = phrase.text("daily");
                default -> {
                    text = phrase.nextDates(nextDates(schedule, today, NEXT_DATES));
                    listed = true;
                }
            }
        }
        Optional<String> times = phrase.times(schedule.opensAt().orElse(null), schedule.closesAt().orElse(null));
        if (times.isPresent()) {
            text = listed ? phrase.join(times.get(), text) : phrase.join(text, times.get());
        }
        if (schedule.kind() == ScheduleKind.OPENING_HOURS && !listed) {
            text = phrase.text("opening-hours", text);
        }
        if (schedule.kind() != ScheduleKind.SINGLE_DATE) {
            Optional<String> validity = phrase.validity(schedule.validFrom().filter(from -> from.isAfter(today)),
                    schedule.validUntil());
            if (validity.isPresent()) {
                text = phrase.join(text, validity.get());
            }
        }
        if (schedule.attending() != Attendance.IN_PERSON) {
            text = phrase.join(text, phrase.text("attending." + schedule.attending().name()));
        }
        return text;
    }

    /** Up to {@code count} days on or after {@code today} on which the schedule takes place, within its validity. */
    public List<LocalDate> nextDates(Schedule schedule, LocalDate today, int count) {
        return schedule.nextOccurrences(today, count);
    }

    /** A date as in the texts' lists (“31.07.2027”, “Jul 31, 2027”). */
    public String date(LocalDate date, Locale locale) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale).format(date);
    }

    /** The wording for one locale. */
    private final class Phrase {

        private final Locale locale;
        private final DateTimeFormatter time;

        Phrase(Locale locale) {
            this.locale = locale;
            this.time = DateTimeFormatter.ofPattern("HH:mm", locale);
        }

        String text(String key, Object... args) {
            return messages.getMessage(PREFIX + key, args.length == 0 ? null : args, locale);
        }

        String weekly(Set<DayOfWeek> days) {
            List<DayOfWeek> sorted = days.stream().sorted().toList();
            boolean consecutive = sorted.size() >= 3
                    && sorted.get(sorted.size() - 1).getValue() - sorted.get(0).getValue() == sorted.size() - 1;
            if (consecutive) {
                return text("weekly-range", dayName(sorted.get(0)), dayName(sorted.get(sorted.size() - 1)));
            }
            return text("weekly", days(days));
        }

        String days(Set<DayOfWeek> days) {
            return list(days.stream().sorted().map(this::dayName).toList());
        }

        String dayName(DayOfWeek day) {
            return day.getDisplayName(TextStyle.FULL, locale);
        }

        /** The grammatical gender of the day's name (0, 1, 2) for languages whose ordinals agree with it. */
        int gender(DayOfWeek day) {
            try {
                return Integer.parseInt(messages.getMessage("directory.schedule.day-gender." + day.name(), null, "0",
                        locale).strip());
            } catch (NumberFormatException e) {
                return 0;
            }
        }

        String longDate(LocalDate date) {
            return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale).format(date);
        }

        String mediumDate(LocalDate date) {
            return date(date, locale);
        }

        String nextDates(List<LocalDate> dates) {
            if (dates.isEmpty()) {
                return text("no-dates");
            }
            return text("next-dates", list(dates.stream().map(this::mediumDate).toList()));
        }

        Optional<String> times(@Nullable LocalTime opens, @Nullable LocalTime closes) {
            if (opens == null) {
                return Optional.empty();
            }
            return Optional.of(closes == null ? text("time-from", time.format(opens))
                    : text("times", time.format(opens), time.format(closes)));
        }

        Optional<String> validity(Optional<LocalDate> from, Optional<LocalDate> until) {
            if (from.isPresent() && until.isPresent()) {
                return Optional.of(text("valid-range", mediumDate(from.get()), mediumDate(until.get())));
            }
            return from.map(day -> text("valid-from", mediumDate(day)))
                    .or(() -> until.map(day -> text("valid-until", mediumDate(day))));
        }

        String join(String first, String second) {
            return text("join", first, second);
        }

        /** “A”, “A und B”, “A, B und C”. */
        String list(List<String> items) {
            if (items.size() < 2) {
                return items.isEmpty() ? "" : items.get(0);
            }
            List<String> head = new ArrayList<>(items.subList(0, items.size() - 1));
            String joined = head.get(0);
            for (String item : head.subList(1, head.size())) {
                joined = text("list-more", joined, item);
            }
            return text("list-pair", joined, items.get(items.size() - 1));
        }
    }
}
