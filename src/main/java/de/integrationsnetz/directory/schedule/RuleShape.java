package de.integrationsnetz.directory.schedule;

import java.time.DayOfWeek;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * A recurrence rule seen as one of the simple {@link RepeatPattern}s: the weekdays (weekly, every n weeks), the week
 * interval, or the n-th weekday of a month (n = 1..4, or -1 for the last). A rule is recognised only when the pattern
 * says exactly the same as the rule; everything else (COUNT, UNTIL, BYMONTH, several monthly days …) is
 * {@link RepeatPattern#CUSTOM}, so that turning a recognised shape back into a rule never loses anything.
 */
public record RuleShape(RepeatPattern pattern, Set<DayOfWeek> days, int interval, int nth,
        @Nullable DayOfWeek weekday) {

    /** The positions of a weekday in a month that the form offers: first to fourth, and -1 for the last. */
    public static final List<Integer> NTH_VALUES = List.of(1, 2, 3, 4, -1);

    private static final Pattern BYDAY_ENTRY = Pattern.compile("([+-]?\\d{1,2})?(MO|TU|WE|TH|FR|SA|SU)");
    private static final Set<String> WEEKLY_KEYS = Set.of("FREQ", "INTERVAL", "BYDAY", "WKST");
    private static final Set<String> MONTHLY_KEYS = Set.of("FREQ", "INTERVAL", "BYDAY", "WKST", "BYSETPOS");
    private static final Set<String> DAILY_KEYS = Set.of("FREQ", "INTERVAL", "WKST");

    public RuleShape {
        days = days.isEmpty() ? Collections.unmodifiableSet(EnumSet.noneOf(DayOfWeek.class))
                : Collections.unmodifiableSet(EnumSet.copyOf(days));
    }

    public static RuleShape weekly(Set<DayOfWeek> days) {
        return new RuleShape(RepeatPattern.WEEKLY, days, 1, 0, null);
    }

    public static RuleShape everyNWeeks(int interval, Set<DayOfWeek> days) {
        return new RuleShape(RepeatPattern.EVERY_N_WEEKS, days, interval, 0, null);
    }

    public static RuleShape monthly(int nth, DayOfWeek weekday) {
        return new RuleShape(RepeatPattern.MONTHLY_NTH_WEEKDAY, Set.of(), 1, nth, weekday);
    }

    public static RuleShape daily() {
        return new RuleShape(RepeatPattern.DAILY, Set.of(), 1, 0, null);
    }

    public static RuleShape custom() {
        return new RuleShape(RepeatPattern.CUSTOM, Set.of(), 1, 0, null);
    }

    /** The simple pattern the rule is, or {@link RepeatPattern#CUSTOM}. */
    public static RuleShape of(RecurrenceRule rule) {
        Map<String, String> parts = parts(rule.value());
        int interval = parseInt(parts.getOrDefault("INTERVAL", "1"));
        boolean mondayWeeks = "MO".equals(parts.getOrDefault("WKST", "MO"));
        String freq = parts.getOrDefault("FREQ", "");
        if (interval < 1) {
            return custom();
        }
        switch (freq) {
            case "WEEKLY" -> {
                if (!WEEKLY_KEYS.containsAll(parts.keySet()) || !parts.containsKey("BYDAY")) {
                    return custom();
                }
                Set<DayOfWeek> days = plainDays(parts.get("BYDAY"));
                if (days == null) {
                    return custom();
                }
                if (interval == 1) {
                    return weekly(days);
                }
                return mondayWeeks ? everyNWeeks(interval, days) : custom();
            }
            case "MONTHLY" -> {
                if (!MONTHLY_KEYS.containsAll(parts.keySet()) || interval != 1 || !parts.containsKey("BYDAY")) {
                    return custom();
                }
                Matcher entry = BYDAY_ENTRY.matcher(parts.get("BYDAY"));
                if (!entry.matches()) {
                    return custom();
                }
                DayOfWeek day = dayOf(entry.group(2));
                Integer offset = entry.group(1) == null ? null : parseInt(entry.group(1));
                String setPos = parts.get("BYSETPOS");
                if (setPos != null) {
                    if (offset != null) {
                        return custom();
                    }
                    offset = parseInt(setPos);
                }
                return offset != null && NTH_VALUES.contains(offset) ? monthly(offset, day) : custom();
            }
            case "DAILY" -> {
                return DAILY_KEYS.containsAll(parts.keySet()) && interval == 1 ? daily() : custom();
            }
            default -> {
                return custom();
            }
        }
    }

    /** The rule of this shape; not for {@link RepeatPattern#CUSTOM}, whose rule is only the raw text. */
    public RecurrenceRule toRule() {
        return new RecurrenceRule(switch (pattern) {
            case WEEKLY -> "FREQ=WEEKLY;BYDAY=" + byDay(days);
            case EVERY_N_WEEKS -> "FREQ=WEEKLY;INTERVAL=" + interval + ";BYDAY=" + byDay(days);
            case MONTHLY_NTH_WEEKDAY -> "FREQ=MONTHLY;BYDAY=" + nth + code(requireWeekday());
            case DAILY -> "FREQ=DAILY";
            case CUSTOM -> throw new IllegalStateException("A custom rule has no shape to build it from");
        });
    }

    private DayOfWeek requireWeekday() {
        if (weekday == null) {
            throw new IllegalStateException("A monthly pattern needs its weekday");
        }
        return weekday;
    }

    /** The rule's parts, keys in upper case, in their order ({@code FREQ=WEEKLY;BYDAY=TU} → FREQ, BYDAY). */
    static Map<String, String> parts(String rule) {
        Map<String, String> parts = new LinkedHashMap<>();
        for (String part : rule.split(";")) {
            int equals = part.indexOf('=');
            if (equals > 0) {
                parts.put(part.substring(0, equals).strip().toUpperCase(Locale.ROOT),
                        part.substring(equals + 1).strip().toUpperCase(Locale.ROOT));
            }
        }
        return parts;
    }

    /** The days of a BYDAY list without positions, or null when an entry has a position ({@code 1MO}). */
    static @Nullable Set<DayOfWeek> plainDays(String byDay) {
        Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        for (String entry : byDay.split(",")) {
            Matcher matcher = BYDAY_ENTRY.matcher(entry.strip());
            if (!matcher.matches() || matcher.group(1) != null) {
                return null;
            }
            days.add(dayOf(matcher.group(2)));
        }
        return days;
    }

    static String byDay(Set<DayOfWeek> days) {
        if (days.isEmpty()) {
            throw new IllegalStateException("A weekly pattern needs at least one day");
        }
        return EnumSet.copyOf(days).stream().map(RuleShape::code).collect(Collectors.joining(","));
    }

    /** The RFC 5545 two-letter code of a weekday ({@code MO} … {@code SU}). */
    public static String code(DayOfWeek day) {
        return day.name().substring(0, 2);
    }

    static DayOfWeek dayOf(String code) {
        for (DayOfWeek day : DayOfWeek.values()) {
            if (code(day).equals(code)) {
                return day;
            }
        }
        throw new IllegalArgumentException("Not a weekday code: " + code);
    }

    private static int parseInt(String value) {
        try {
            return Integer.parseInt(value.startsWith("+") ? value.substring(1) : value);
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
