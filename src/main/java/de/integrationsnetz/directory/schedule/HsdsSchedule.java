package de.integrationsnetz.directory.schedule;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * A schedule as an HSDS 3.0 {@code schedule} object (schema/schedule.json), with the profile extensions
 * {@code x_rrule} (the rule, lossless), {@code x_tzid} ({@code Europe/Berlin}) and {@code x_kind}. The rule is split
 * into the structured fields ({@code freq}, {@code interval}, {@code byday} …) only where they say exactly the same:
 * HSDS allows {@code freq} WEEKLY and MONTHLY; a daily rule is exported as WEEKLY on all seven days (or on its BYDAY
 * days); a rule with other parts (BYMONTH, several BYSETPOS, YEARLY …) keeps only {@code x_rrule}. A single date is
 * {@code freq=WEEKLY}, {@code count=1} from {@code dtstart}. The numeric {@code timezone} is never exported and is
 * ignored on import. JSON names are the schema's (snake_case); empty fields are left out.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record HsdsSchedule(
        UUID id,
        @JsonProperty("service_id") @Nullable UUID serviceId,
        @JsonProperty("location_id") @Nullable UUID locationId,
        @JsonProperty("service_at_location_id") @Nullable UUID serviceAtLocationId,
        @JsonProperty("valid_from") @Nullable LocalDate validFrom,
        @JsonProperty("valid_to") @Nullable LocalDate validTo,
        @Nullable LocalDate dtstart,
        @Nullable BigDecimal timezone,
        @Nullable LocalDate until,
        @Nullable Integer count,
        @Nullable String wkst,
        @Nullable String freq,
        @Nullable Integer interval,
        @Nullable String byday,
        @Nullable String byweekno,
        @Nullable String bymonthday,
        @Nullable String byyearday,
        @Nullable String description,
        @JsonProperty("opens_at") @JsonFormat(pattern = "HH:mm:ss") @Nullable LocalTime opensAt,
        @JsonProperty("closes_at") @JsonFormat(pattern = "HH:mm:ss") @Nullable LocalTime closesAt,
        @JsonProperty("schedule_link") @Nullable String scheduleLink,
        @JsonProperty("attending_type") @Nullable String attendingType,
        @Nullable String notes,
        @JsonProperty("x_rrule") @Nullable String rrule,
        @JsonProperty("x_tzid") @Nullable String tzid,
        @JsonProperty("x_kind") @Nullable String kind) {

    /** The schema's {@code freq} values. */
    public static final List<String> FREQUENCIES = List.of("WEEKLY", "MONTHLY");
    public static final String TZID = "Europe/Berlin";

    private static final DateTimeFormatter BASIC_DATE = DateTimeFormatter.BASIC_ISO_DATE;
    private static final Set<String> COMMON_PARTS = Set.of("FREQ", "INTERVAL", "UNTIL", "COUNT", "WKST");
    private static final String ALL_DAYS = "MO,TU,WE,TH,FR,SA,SU";

    /**
     * The HSDS form of {@code schedule}, with {@code description} (for example the German {@link ScheduleText}). The
     * schedule's offer site becomes {@code service_at_location_id}; set {@code service_id} with
     * {@link #withServiceId} for schedules of the service itself.
     */
    public static HsdsSchedule of(Schedule schedule, @Nullable String description) {
        Structured structured = schedule.rule().map(rule -> Structured.of(rule.value()))
                .orElseGet(() -> Structured.singleDate(schedule.start()));
        return new HsdsSchedule(schedule.id(), null, null, schedule.siteId().orElse(null),
                schedule.validFrom().orElse(null), schedule.validUntil().orElse(null), schedule.start(), null,
                structured.until, structured.count, structured.wkst, structured.freq, structured.interval,
                structured.byday, null, structured.bymonthday, null, blankToNull(description),
                schedule.opensAt().orElse(null), schedule.closesAt().orElse(null), null,
                schedule.attending().name().toLowerCase(Locale.ROOT), schedule.note().orElse(null),
                schedule.rule().map(RecurrenceRule::value).orElse(null), TZID, schedule.kind().name());
    }

    /** The same schedule, as a schedule of the service with this id. */
    public HsdsSchedule withServiceId(UUID serviceId) {
        return new HsdsSchedule(id, serviceId, locationId, serviceAtLocationId, validFrom, validTo, dtstart, timezone,
                until, count, wkst, freq, interval, byday, byweekno, bymonthday, byyearday, description, opensAt,
                closesAt, scheduleLink, attendingType, notes, rrule, tzid, kind);
    }

    /**
     * The schedule this object describes, with the given id. {@code x_rrule} wins over the structured fields; without
     * it the rule is built from them ({@code UNTIL} kept when {@code count} is there too; {@code byweekno},
     * {@code byyearday}, and {@code bymonthday} with WEEKLY are dropped, as RFC 5545 does not allow them there).
     * Without {@code x_kind}, a schedule without rule or with {@code count=1} is a single date.
     *
     * @throws IllegalArgumentException when the values make no schedule (no start date, an invalid rule, the end
     *         before the start)
     */
    public Schedule toSchedule(UUID id) {
        ScheduleKind scheduleKind = scheduleKind();
        LocalDate start = dtstart != null ? dtstart : validFrom;
        if (start == null) {
            throw new IllegalArgumentException("An HSDS schedule needs dtstart or valid_from: " + this.id);
        }
        RecurrenceRule rule = scheduleKind == ScheduleKind.SINGLE_DATE ? null
                : new RecurrenceRule(rrule != null && !rrule.isBlank() ? rrule : structuredRule());
        return new Schedule(id, serviceAtLocationId, scheduleKind, rule, start, opensAt, closesAt, validFrom, validTo,
                attendance(), notes);
    }

    private ScheduleKind scheduleKind() {
        if (kind != null) {
            for (ScheduleKind value : ScheduleKind.values()) {
                if (value.name().equalsIgnoreCase(kind.strip())) {
                    return value;
                }
            }
        }
        boolean hasRule = (rrule != null && !rrule.isBlank()) || (freq != null && !freq.isBlank());
        boolean once = (rrule == null || rrule.isBlank()) && count != null && count == 1;
        return !hasRule || once ? ScheduleKind.SINGLE_DATE : ScheduleKind.RECURRING;
    }

    private String structuredRule() {
        String frequency = freq == null ? "" : freq.strip().toUpperCase(Locale.ROOT);
        List<String> parts = new ArrayList<>();
        parts.add("FREQ=" + frequency);
        if (interval != null) {
            parts.add("INTERVAL=" + interval);
        }
        if (present(wkst)) {
            parts.add("WKST=" + wkst.strip().toUpperCase(Locale.ROOT));
        }
        if (present(byday)) {
            parts.add("BYDAY=" + compact(byday));
        }
        if (present(bymonthday) && !"WEEKLY".equals(frequency)) {
            parts.add("BYMONTHDAY=" + compact(bymonthday));
        }
        if (until != null) {
            parts.add("UNTIL=" + BASIC_DATE.format(until));
        } else if (count != null) {
            parts.add("COUNT=" + count);
        }
        return String.join(";", parts);
    }

    private Attendance attendance() {
        if (attendingType == null) {
            return Attendance.IN_PERSON;
        }
        String value = attendingType.strip().toUpperCase(Locale.ROOT).replace(' ', '_').replace('-', '_');
        for (Attendance attendance : Attendance.values()) {
            if (attendance.name().equals(value)) {
                return attendance;
            }
        }
        return Attendance.IN_PERSON;
    }

    private static boolean present(@Nullable String value) {
        return value != null && !value.isBlank();
    }

    private static String compact(String list) {
        return Arrays.stream(list.split(",")).map(String::strip).filter(s -> !s.isEmpty())
                .map(s -> s.toUpperCase(Locale.ROOT)).collect(Collectors.joining(","));
    }

    private static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value;
    }

    /** The structured HSDS fields of a rule; all null when they cannot say exactly what the rule says. */
    private record Structured(@Nullable String freq, @Nullable Integer interval, @Nullable String byday,
            @Nullable String bymonthday, @Nullable LocalDate until, @Nullable Integer count, @Nullable String wkst) {

        static final Structured NONE = new Structured(null, null, null, null, null, null, null);

        static Structured singleDate(LocalDate day) {
            return new Structured("WEEKLY", 1, RuleShape.code(day.getDayOfWeek()), null, null, 1, null);
        }

        static Structured of(String rule) {
            Map<String, String> parts = RuleShape.parts(rule);
            String freq = parts.get("FREQ");
            int interval = parseInt(parts.getOrDefault("INTERVAL", "1"));
            LocalDate until = parts.containsKey("UNTIL") ? untilDate(parts.get("UNTIL")) : null;
            Integer count = parts.containsKey("COUNT") ? parseInt(parts.get("COUNT")) : null;
            String wkst = parts.get("WKST");
            String byday = parts.get("BYDAY");
            if (freq == null || interval < 1 || (parts.containsKey("UNTIL") && until == null)) {
                return NONE;
            }
            switch (freq) {
                case "WEEKLY" -> {
                    if (!allowed(parts, "BYDAY") || (byday != null && RuleShape.plainDays(byday) == null)) {
                        return NONE;
                    }
                    return new Structured("WEEKLY", interval, byday, null, until, count, wkst);
                }
                case "DAILY" -> {
                    if (interval != 1 || !allowed(parts, "BYDAY")
                            || (byday != null && RuleShape.plainDays(byday) == null)) {
                        return NONE;
                    }
                    return new Structured("WEEKLY", 1, byday == null ? ALL_DAYS : byday, null, until, count, wkst);
                }
                case "MONTHLY" -> {
                    if (!allowed(parts, "BYDAY", "BYMONTHDAY", "BYSETPOS")) {
                        return NONE;
                    }
                    String setPos = parts.get("BYSETPOS");
                    if (setPos != null) {
                        Set<DayOfWeek> days = byday == null ? null : RuleShape.plainDays(byday);
                        if (days == null || days.size() != 1 || parts.containsKey("BYMONTHDAY")
                                || !setPos.matches("[+-]?\\d{1,2}")) {
                            return NONE;
                        }
                        byday = parseInt(setPos) + RuleShape.code(days.iterator().next());
                    }
                    return new Structured("MONTHLY", interval, byday, parts.get("BYMONTHDAY"), until, count, wkst);
                }
                default -> {
                    return NONE;
                }
            }
        }

        private static boolean allowed(Map<String, String> parts, String... more) {
            Set<String> allowed = new HashSet<>(COMMON_PARTS);
            allowed.addAll(List.of(more));
            return allowed.containsAll(parts.keySet());
        }

        private static @Nullable LocalDate untilDate(String value) {
            try {
                return LocalDate.parse(value.substring(0, Math.min(8, value.length())), BASIC_DATE);
            } catch (RuntimeException e) {
                return null;
            }
        }

        private static int parseInt(String value) {
            try {
                return Integer.parseInt(value.startsWith("+") ? value.substring(1) : value);
            } catch (NumberFormatException e) {
                return 0;
            }
        }
    }
}
