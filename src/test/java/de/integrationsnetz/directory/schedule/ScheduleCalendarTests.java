package de.integrationsnetz.directory.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.net.URI;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.Temporal;
import java.util.List;
import java.util.UUID;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.RRule;
import org.junit.jupiter.api.Test;

class ScheduleCalendarTests {

    private static final UUID WEEKLY_ID = UUID.fromString("3f1d8c52-5a0b-4a8e-9c1e-7d2b6f4e0a11");
    private static final UUID SINGLE_ID = UUID.fromString("7a2c9e14-0b3d-4f5a-8e6c-1d9b2a3c4e22");
    private static final URI PAGE = URI.create("https://integrationsnetz.example/offers/42");

    @Test
    void writesOneEventPerScheduleThatParsesBackWithItsRule() throws Exception {
        Schedule weekly = new Schedule(WEEKLY_ID, null, ScheduleKind.RECURRING,
                new RecurrenceRule("FREQ=WEEKLY;BYDAY=TU,TH"), LocalDate.of(2027, 1, 4), LocalTime.of(10, 0),
                LocalTime.of(12, 0), null, LocalDate.of(2027, 7, 31), Attendance.IN_PERSON, "Bitte klingeln");
        Schedule single = new Schedule(SINGLE_ID, null, ScheduleKind.SINGLE_DATE, null, LocalDate.of(2027, 3, 12),
                null, null, null, null, Attendance.IN_PERSON, null);

        String text = ScheduleCalendar.render("Sprachcafé Freiberg", "Markt 1, 09599 Freiberg", PAGE,
                List.of(weekly, single));
        Calendar calendar = new CalendarBuilder().build(new StringReader(text));

        List<VEvent> events = calendar.getComponents("VEVENT");
        assertThat(events).hasSize(2);
        VEvent first = events.get(0);
        assertThat(value(first, Property.UID)).isEqualTo(WEEKLY_ID.toString());
        assertThat(value(first, Property.SUMMARY)).isEqualTo("Sprachcafé Freiberg");
        assertThat(value(first, Property.LOCATION)).isEqualTo("Markt 1, 09599 Freiberg");
        assertThat(value(first, Property.URL)).isEqualTo(PAGE.toString());
        assertThat(value(first, Property.DESCRIPTION)).isEqualTo("Bitte klingeln");
        RRule<?> rule = first.getProperty(Property.RRULE).map(p -> (RRule<?>) p).orElseThrow();
        assertThat(rule.getRecur().getDayList()).extracting(Object::toString).containsExactly("TU", "TH");
        assertThat(rule.getRecur().getFrequency()).hasToString("WEEKLY");
        assertThat(value(first, Property.RRULE)).contains("UNTIL=20270731T215959Z");
        Temporal start = first.getDateTimeStart().getDate();
        assertThat(((ZonedDateTime) start).toInstant())
                .isEqualTo(ZonedDateTime.of(2027, 1, 5, 10, 0, 0, 0, ZoneId.of("Europe/Berlin")).toInstant());
        assertThat(text).contains("DTSTART;TZID=Europe/Berlin:20270105T100000", "BEGIN:VTIMEZONE",
                "TZID:Europe/Berlin");
        VEvent second = events.get(1);
        assertThat(value(second, Property.UID)).isEqualTo(SINGLE_ID.toString());
        assertThat(second.getProperty(Property.RRULE)).isEmpty();
        assertThat(text).contains("DTSTART;VALUE=DATE:20270312", "DTEND;VALUE=DATE:20270313");
        assertThat(text).contains("PRODID:" + ScheduleCalendar.PRODUCT_ID).contains("\r\n");
    }

    @Test
    void startsAtTheFirstOccurrenceWithinTheValidityAndLeavesOutEndedSchedules() throws Exception {
        Schedule monthly = new Schedule(WEEKLY_ID, null, ScheduleKind.RECURRING,
                new RecurrenceRule("FREQ=MONTHLY;BYDAY=-1FR"), LocalDate.of(2027, 1, 4), null, null,
                LocalDate.of(2027, 3, 1), null, Attendance.IN_PERSON, null);
        Schedule ended = new Schedule(SINGLE_ID, null, ScheduleKind.RECURRING,
                new RecurrenceRule("FREQ=WEEKLY;BYDAY=MO;COUNT=2"), LocalDate.of(2027, 1, 4), null, null,
                LocalDate.of(2027, 3, 1), null, Attendance.IN_PERSON, null);

        String text = ScheduleCalendar.render("Elterncafé", null, null, List.of(monthly, ended));
        Calendar calendar = new CalendarBuilder().build(new StringReader(text));

        List<VEvent> events = calendar.getComponents("VEVENT");
        assertThat(events).hasSize(1);
        assertThat(text).contains("DTSTART;VALUE=DATE:20270326", "RRULE:FREQ=MONTHLY;BYDAY=-1FR")
                .doesNotContain("VTIMEZONE");
    }

    private static String value(VEvent event, String property) {
        return event.getProperty(property).map(Property::getValue).orElseThrow();
    }
}
