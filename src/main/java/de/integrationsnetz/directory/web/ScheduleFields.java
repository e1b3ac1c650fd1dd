package de.integrationsnetz.directory.web;

import de.integrationsnetz.directory.schedule.Attendance;
import de.integrationsnetz.directory.schedule.RecurrenceRule;
import de.integrationsnetz.directory.schedule.RepeatPattern;
import de.integrationsnetz.directory.schedule.RuleShape;
import de.integrationsnetz.directory.schedule.Schedule;
import de.integrationsnetz.directory.schedule.ScheduleKind;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.time.format.TextStyle;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.validation.Errors;

/**
 * The form part for one schedule of an offer (bound as {@code schedules[i].*}; template fragment
 * {@code directory/fragments/schedule :: fields(index)}). People choose a {@link RepeatPattern} with weekdays, a week
 * interval or the n-th weekday of a month; experts may type an RFC 5545 rule. Dates and times are kept as typed, in
 * the formats of HTML date and time inputs ({@code yyyy-MM-dd}, {@code HH:mm}; {@code dd.MM.yyyy} and {@code HH:mm:ss}
 * are accepted too), so that wrong input is shown again as it was. Call {@link #validate} before {@link #toSchedule}.
 */
public class ScheduleFields {

    /** Longest note; the column is text, the limit keeps the public page readable. */
    public static final int NOTE_MAX = 500;
    public static final int INTERVAL_MIN = 2;
    public static final int INTERVAL_MAX = 52;

    static final String KIND_REQUIRED = "directory.validation.schedule.kind-required";
    static final String PATTERN_REQUIRED = "directory.validation.schedule.pattern-required";
    static final String DAYS_REQUIRED = "directory.validation.schedule.days-required";
    static final String INTERVAL_RANGE = "directory.validation.schedule.interval-range";
    static final String NTH_INVALID = "directory.validation.schedule.nth-invalid";
    static final String MONTHLY_DAY_REQUIRED = "directory.validation.schedule.monthly-day-required";
    static final String RULE_REQUIRED = "directory.validation.schedule.rule-required";
    static final String RULE_INVALID = "directory.validation.schedule.rule-invalid";
    static final String DATE_REQUIRED = "directory.validation.schedule.date-required";
    static final String DATE_INVALID = "directory.validation.schedule.date-invalid";
    static final String TIME_INVALID = "directory.validation.schedule.time-invalid";
    static final String TIMES_REQUIRED = "directory.validation.schedule.times-required";
    static final String TIMES_ORDER = "directory.validation.schedule.times-order";
    static final String VALIDITY_ORDER = "directory.validation.schedule.validity-order";
    static final String ATTENDING_REQUIRED = "directory.validation.schedule.attending-required";
    static final String TOO_LONG = "directory.validation.too-long";

    private static final ZoneId ZONE = ZoneId.of("Europe/Berlin");
    private static final DateTimeFormatter HTML_TIME = DateTimeFormatter.ofPattern("HH:mm");
    private static final DateTimeFormatter GERMAN_DATE = DateTimeFormatter.ofPattern("d.M.uuuu")
            .withResolverStyle(ResolverStyle.STRICT);

    private @Nullable UUID id;
    private @Nullable ScheduleKind kind = ScheduleKind.RECURRING;
    private @Nullable RepeatPattern pattern = RepeatPattern.WEEKLY;
    private Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
    private @Nullable Integer interval = INTERVAL_MIN;
    private @Nullable Integer nth = 1;
    private @Nullable DayOfWeek monthlyDay;
    private String customRule = "";
    private String start = "";
    private String opensAt = "";
    private String closesAt = "";
    private String validFrom = "";
    private String validUntil = "";
    private @Nullable Attendance attending = Attendance.IN_PERSON;
    private String note = "";

    /** An empty schedule (as {@link #empty()}); public for data binding, which grows the list with it. */
    public ScheduleFields() {
    }

    /** A new, empty schedule: recurring, weekly, in person. */
    public static ScheduleFields empty() {
        return new ScheduleFields();
    }

    /** The form values of a stored schedule; a rule that is none of the simple patterns becomes {@code CUSTOM}. */
    public static ScheduleFields from(Schedule schedule) {
        ScheduleFields fields = new ScheduleFields();
        fields.id = schedule.id();
        fields.kind = schedule.kind();
        fields.start = schedule.start().toString();
        fields.opensAt = schedule.opensAt().map(HTML_TIME::format).orElse("");
        fields.closesAt = schedule.closesAt().map(HTML_TIME::format).orElse("");
        fields.validFrom = schedule.validFrom().map(LocalDate::toString).orElse("");
        fields.validUntil = schedule.validUntil().map(LocalDate::toString).orElse("");
        fields.attending = schedule.attending();
        fields.note = schedule.note().orElse("");
        schedule.rule().ifPresent(rule -> {
            RuleShape shape = rule.shape();
            fields.pattern = shape.pattern();
            switch (shape.pattern()) {
                case WEEKLY -> fields.days = EnumSet.copyOf(shape.days());
                case EVERY_N_WEEKS -> {
                    fields.days = EnumSet.copyOf(shape.days());
                    fields.interval = shape.interval();
                }
                case MONTHLY_NTH_WEEKDAY -> {
                    fields.nth = shape.nth();
                    fields.monthlyDay = shape.weekday();
                }
                case DAILY -> { }
                case CUSTOM -> fields.customRule = rule.value();
            }
        });
        return fields;
    }

    /**
     * Checks the input and records field errors (message keys {@code directory.validation.schedule.*}) under
     * {@code path} (for example {@code schedules[0]}; empty when the errors belong to this object itself).
     */
    public void validate(Errors errors, String path) {
        String prefix = path == null || path.isBlank() ? "" : path + ".";
        if (kind == null) {
            errors.rejectValue(prefix + "kind", KIND_REQUIRED);
        } else if (kind != ScheduleKind.SINGLE_DATE) {
            validateRepetition(errors, prefix);
        }
        date(errors, prefix + "start", start);
        if (start.isBlank() && needsStart()) {
            errors.rejectValue(prefix + "start", DATE_REQUIRED);
        }
        LocalTime opens = time(errors, prefix + "opensAt", opensAt);
        LocalTime closes = time(errors, prefix + "closesAt", closesAt);
        if (kind == ScheduleKind.OPENING_HOURS || !closesAt.isBlank()) {
            if (opensAt.isBlank()) {
                errors.rejectValue(prefix + "opensAt", TIMES_REQUIRED);
            }
            if (closesAt.isBlank() && kind == ScheduleKind.OPENING_HOURS) {
                errors.rejectValue(prefix + "closesAt", TIMES_REQUIRED);
            }
        }
        if (opens != null && closes != null && !closes.isAfter(opens)) {
            errors.rejectValue(prefix + "closesAt", TIMES_ORDER);
        }
        LocalDate from = date(errors, prefix + "validFrom", validFrom);
        LocalDate until = date(errors, prefix + "validUntil", validUntil);
        if (from != null && until != null && until.isBefore(from)) {
            errors.rejectValue(prefix + "validUntil", VALIDITY_ORDER);
        }
        if (attending == null) {
            errors.rejectValue(prefix + "attending", ATTENDING_REQUIRED);
        }
        if (note.length() > NOTE_MAX) {
            errors.rejectValue(prefix + "note", TOO_LONG);
        }
    }

    private void validateRepetition(Errors errors, String prefix) {
        if (pattern == null) {
            errors.rejectValue(prefix + "pattern", PATTERN_REQUIRED);
            return;
        }
        switch (pattern) {
            case WEEKLY -> {
                if (days.isEmpty()) {
                    errors.rejectValue(prefix + "days", DAYS_REQUIRED);
                }
            }
            case EVERY_N_WEEKS -> {
                if (days.isEmpty()) {
                    errors.rejectValue(prefix + "days", DAYS_REQUIRED);
                }
                if (interval == null || interval < INTERVAL_MIN || interval > INTERVAL_MAX) {
                    errors.rejectValue(prefix + "interval", INTERVAL_RANGE);
                }
            }
            case MONTHLY_NTH_WEEKDAY -> {
                if (nth == null || !RuleShape.NTH_VALUES.contains(nth)) {
                    errors.rejectValue(prefix + "nth", NTH_INVALID);
                }
                if (monthlyDay == null) {
                    errors.rejectValue(prefix + "monthlyDay", MONTHLY_DAY_REQUIRED);
                }
            }
            case DAILY -> { }
            case CUSTOM -> {
                if (customRule.isBlank()) {
                    errors.rejectValue(prefix + "customRule", RULE_REQUIRED);
                } else {
                    try {
                        new RecurrenceRule(customRule);
                    } catch (IllegalArgumentException e) {
                        errors.rejectValue(prefix + "customRule", RULE_INVALID);
                    }
                }
            }
        }
    }

    /** A single date, a series every n weeks and a custom rule count from their start date, so they need one. */
    private boolean needsStart() {
        return kind == ScheduleKind.SINGLE_DATE
                || (kind != null && (pattern == RepeatPattern.EVERY_N_WEEKS || pattern == RepeatPattern.CUSTOM));
    }

    /**
     * The schedule these values describe, without an offer site. Only after {@link #validate} reported nothing. A new
     * schedule gets a new id; a series without a start date starts at "gültig ab" or today.
     */
    public Schedule toSchedule() {
        return toSchedule(null);
    }

    /** As {@link #toSchedule()}, for the offer site with the given id. */
    public Schedule toSchedule(@Nullable UUID siteId) {
        if (kind == null || attending == null) {
            throw new IllegalStateException("Validate the schedule fields first");
        }
        RecurrenceRule rule = kind == ScheduleKind.SINGLE_DATE ? null : rule();
        LocalDate from = parseDate(validFrom);
        LocalDate startDate = parseDate(start);
        if (startDate == null) {
            startDate = from != null ? from : LocalDate.now(ZONE);
        }
        return new Schedule(id != null ? id : UUID.randomUUID(), siteId, kind, rule, startDate, parseTime(opensAt),
                parseTime(closesAt), from, parseDate(validUntil), attending, note);
    }

    private RecurrenceRule rule() {
        if (pattern == null) {
            throw new IllegalStateException("Validate the schedule fields first");
        }
        return switch (pattern) {
            case WEEKLY -> RuleShape.weekly(days).toRule();
            case EVERY_N_WEEKS -> RuleShape.everyNWeeks(requireValue(interval), days).toRule();
            case MONTHLY_NTH_WEEKDAY -> RuleShape.monthly(requireValue(nth), requireValue(monthlyDay)).toRule();
            case DAILY -> RuleShape.daily().toRule();
            case CUSTOM -> new RecurrenceRule(customRule);
        };
    }

    /** True when nobody typed or ticked anything beyond the defaults of {@link #empty()}. */
    public boolean hasNoInput() {
        return id == null && days.isEmpty() && monthlyDay == null && customRule.isBlank() && start.isBlank()
                && opensAt.isBlank() && closesAt.isBlank() && validFrom.isBlank() && validUntil.isBlank()
                && note.isBlank();
    }

    // ---- options for the template (Thymeleaf may not call static methods of java.* types) ----

    public static List<ScheduleKind> kinds() {
        return List.of(ScheduleKind.values());
    }

    public static List<RepeatPattern> patterns() {
        return List.of(RepeatPattern.values());
    }

    public static List<DayOfWeek> weekdays() {
        return List.of(DayOfWeek.values());
    }

    public static List<Integer> nthValues() {
        return RuleShape.NTH_VALUES;
    }

    public static List<Attendance> attendances() {
        return List.of(Attendance.values());
    }

    /** The full name of a weekday in the page's language ("Dienstag", "الثلاثاء"). */
    public static String dayName(DayOfWeek day, Locale locale) {
        return day.getDisplayName(TextStyle.FULL, locale);
    }

    // ---- parsing ----

    private static @Nullable LocalDate date(Errors errors, String field, String text) {
        if (text.isBlank()) {
            return null;
        }
        LocalDate date = parseDate(text);
        if (date == null) {
            errors.rejectValue(field, DATE_INVALID);
        }
        return date;
    }

    private static @Nullable LocalTime time(Errors errors, String field, String text) {
        if (text.isBlank()) {
            return null;
        }
        LocalTime time = parseTime(text);
        if (time == null) {
            errors.rejectValue(field, TIME_INVALID);
        }
        return time;
    }

    /** {@code 2027-03-12} (HTML date input) or {@code 12.3.2027}; null when blank or not a date. */
    static @Nullable LocalDate parseDate(String text) {
        String value = text.strip();
        if (value.isEmpty()) {
            return null;
        }
        for (DateTimeFormatter format : List.of(DateTimeFormatter.ISO_LOCAL_DATE, GERMAN_DATE)) {
            try {
                return LocalDate.parse(value, format);
            } catch (DateTimeParseException next) {
                // try the next format
            }
        }
        return null;
    }

    /** {@code 09:30} (HTML time input), {@code 9:30}, {@code 09:30:00} or {@code 9.30}; null when not a time. */
    static @Nullable LocalTime parseTime(String text) {
        String value = text.strip().replace('.', ':');
        if (value.isEmpty()) {
            return null;
        }
        if (value.matches("\\d:\\d\\d(:\\d\\d)?")) {
            value = "0" + value;
        }
        try {
            return LocalTime.parse(value, DateTimeFormatter.ISO_LOCAL_TIME).withNano(0);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static <T> T requireValue(@Nullable T value) {
        if (value == null) {
            throw new IllegalStateException("Validate the schedule fields first");
        }
        return value;
    }

    private static String strip(@Nullable String value) {
        return value == null ? "" : value.strip();
    }

    // ---- bean properties ----

    public @Nullable UUID getId() {
        return id;
    }

    public void setId(@Nullable UUID id) {
        this.id = id;
    }

    public @Nullable ScheduleKind getKind() {
        return kind;
    }

    public void setKind(@Nullable ScheduleKind kind) {
        this.kind = kind;
    }

    public @Nullable RepeatPattern getPattern() {
        return pattern;
    }

    public void setPattern(@Nullable RepeatPattern pattern) {
        this.pattern = pattern;
    }

    public Set<DayOfWeek> getDays() {
        return days;
    }

    public void setDays(@Nullable Set<DayOfWeek> days) {
        this.days = days == null || days.isEmpty() ? EnumSet.noneOf(DayOfWeek.class) : EnumSet.copyOf(days);
    }

    public @Nullable Integer getInterval() {
        return interval;
    }

    public void setInterval(@Nullable Integer interval) {
        this.interval = interval;
    }

    public @Nullable Integer getNth() {
        return nth;
    }

    public void setNth(@Nullable Integer nth) {
        this.nth = nth;
    }

    public @Nullable DayOfWeek getMonthlyDay() {
        return monthlyDay;
    }

    public void setMonthlyDay(@Nullable DayOfWeek monthlyDay) {
        this.monthlyDay = monthlyDay;
    }

    public String getCustomRule() {
        return customRule;
    }

    public void setCustomRule(@Nullable String customRule) {
        this.customRule = strip(customRule);
    }

    public String getStart() {
        return start;
    }

    public void setStart(@Nullable String start) {
        this.start = strip(start);
    }

    public String getOpensAt() {
        return opensAt;
    }

    public void setOpensAt(@Nullable String opensAt) {
        this.opensAt = strip(opensAt);
    }

    public String getClosesAt() {
        return closesAt;
    }

    public void setClosesAt(@Nullable String closesAt) {
        this.closesAt = strip(closesAt);
    }

    public String getValidFrom() {
        return validFrom;
    }

    public void setValidFrom(@Nullable String validFrom) {
        this.validFrom = strip(validFrom);
    }

    public String getValidUntil() {
        return validUntil;
    }

    public void setValidUntil(@Nullable String validUntil) {
        this.validUntil = strip(validUntil);
    }

    public @Nullable Attendance getAttending() {
        return attending;
    }

    public void setAttending(@Nullable Attendance attending) {
        this.attending = attending;
    }

    public String getNote() {
        return note;
    }

    public void setNote(@Nullable String note) {
        this.note = strip(note);
    }

    @Override
    public String toString() {
        return "ScheduleFields" + Arrays.asList(id, kind, pattern, days, interval, nth, monthlyDay, customRule, start,
                opensAt, closesAt, validFrom, validUntil, attending);
    }
}
