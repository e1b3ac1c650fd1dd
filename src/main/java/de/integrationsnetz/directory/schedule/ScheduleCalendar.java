package de.integrationsnetz.directory.schedule;

import java.net.URI;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.TimeZone;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.CalScale;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.RRule;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import org.jspecify.annotations.Nullable;

/**
 * The schedules of an offer as an iCalendar file ({@value #MEDIA_TYPE}, RFC 5545) for "add to calendar": one VEVENT
 * per schedule with its rule, starting at its first occurrence within its validity (so that calendars do not show the
 * stored start date as an extra date), at its time in Europe/Berlin or all day, ending with the validity. UID is the
 * schedule's id. Schedules without any occurrence are left out.
 */
public final class ScheduleCalendar {

    public static final String MEDIA_TYPE = "text/calendar";
    public static final String PRODUCT_ID = "-//Integrationsnetz//Angebotsverzeichnis//DE";

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final DateTimeFormatter UTC_STAMP = DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss'Z'");

    private ScheduleCalendar() {
    }

    /**
     * The calendar text for the offer {@code summary} (its name) with {@code location} (an address line) and
     * {@code url} (the public offer page), one event per schedule.
     */
    public static String render(String summary, @Nullable String location, @Nullable URI url,
            Collection<Schedule> schedules) {
        Calendar calendar = new Calendar();
        calendar.add(new ProdId(PRODUCT_ID));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(new CalScale(CalScale.VALUE_GREGORIAN));
        boolean timed = false;
        for (Schedule schedule : schedules) {
            Optional<LocalDate> first = schedule.nextOccurrence(schedule.start());
            if (first.isEmpty()) {
                continue;
            }
            VEvent event = event(summary, schedule, first.get());
            timed |= schedule.opensAt().isPresent();
            schedule.rule().map(rule -> untilValidity(rule, schedule, schedule.opensAt().isPresent()))
                    .ifPresent(rule -> event.add(new RRule<>(rule)));
            event.add(new Uid(schedule.id().toString()));
            if (location != null && !location.isBlank()) {
                event.add(new Location(location.strip()));
            }
            if (url != null) {
                event.add(new Url(url));
            }
            schedule.note().ifPresent(note -> event.add(new Description(note)));
            calendar.add(event);
        }
        if (timed) {
            TimeZone berlin = TimeZoneRegistryFactory.getInstance().createRegistry().getTimeZone(BERLIN.getId());
            calendar.add(berlin.getVTimeZone());
        }
        return calendar.toString();
    }

    private static VEvent event(String summary, Schedule schedule, LocalDate day) {
        Optional<LocalTime> opens = schedule.opensAt();
        if (opens.isEmpty()) {
            return new VEvent(day, day.plusDays(1), summary);
        }
        ZonedDateTime start = day.atTime(opens.get()).atZone(BERLIN);
        return schedule.closesAt()
                .map(closes -> new VEvent(start, day.atTime(closes).atZone(BERLIN), summary))
                .orElseGet(() -> new VEvent(start, summary));
    }

    /**
     * The rule, ending no later than the validity. With a time of day, UNTIL must be a UTC date-time (RFC 5545
     * 3.3.10): the end of that day in Berlin.
     */
    static String untilValidity(RecurrenceRule rule, Schedule schedule, boolean timed) {
        Map<String, String> parts = RuleShape.parts(rule.value());
        LocalDate until = parts.containsKey("UNTIL")
                ? LocalDate.parse(parts.get("UNTIL").substring(0, 8), DateTimeFormatter.BASIC_ISO_DATE) : null;
        LocalDate validUntil = schedule.validUntil().orElse(null);
        if (validUntil != null && !parts.containsKey("COUNT") && (until == null || validUntil.isBefore(until))) {
            until = validUntil;
        }
        List<String> result = new ArrayList<>();
        for (Map.Entry<String, String> part : parts.entrySet()) {
            if (!part.getKey().equals("UNTIL")) {
                result.add(part.getKey() + "=" + part.getValue());
            }
        }
        if (until != null) {
            result.add("UNTIL=" + (timed
                    ? UTC_STAMP.format(LocalDateTime.of(until, LocalTime.of(23, 59, 59)).atZone(BERLIN)
                            .withZoneSameInstant(ZoneOffset.UTC))
                    : DateTimeFormatter.BASIC_ISO_DATE.format(until)));
        }
        return String.join(";", result);
    }
}
