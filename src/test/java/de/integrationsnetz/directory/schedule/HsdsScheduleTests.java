package de.integrationsnetz.directory.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class HsdsScheduleTests {

    private static final UUID ID = UUID.fromString("48102e86-bb50-41c4-8f1e-e269368c41d1");
    private static final UUID SITE = UUID.fromString("e94c9f38-1e8f-4564-91d4-d53501ab1765");
    private static final LocalDate START = LocalDate.of(2027, 1, 4);

    @Test
    void splitsAWeeklyRuleIntoTheStructuredFields() {
        HsdsSchedule hsds = HsdsSchedule.of(schedule(ScheduleKind.OPENING_HOURS, "FREQ=WEEKLY;BYDAY=TU,TH"), "Text");

        assertThat(hsds.freq()).isEqualTo("WEEKLY");
        assertThat(hsds.interval()).isEqualTo(1);
        assertThat(hsds.byday()).isEqualTo("TU,TH");
        assertThat(hsds.dtstart()).isEqualTo(START);
        assertThat(hsds.rrule()).isEqualTo("FREQ=WEEKLY;BYDAY=TU,TH");
        assertThat(hsds.tzid()).isEqualTo("Europe/Berlin");
        assertThat(hsds.kind()).isEqualTo("OPENING_HOURS");
        assertThat(hsds.description()).isEqualTo("Text");
        assertThat(hsds.attendingType()).isEqualTo("in_person");
        assertThat(hsds.serviceAtLocationId()).isEqualTo(SITE);
        assertThat(hsds.timezone()).isNull();
    }

    @Test
    void exportsTheLastWeekdayOfTheMonthAsAMonthlyByday() {
        assertThat(HsdsSchedule.of(schedule(ScheduleKind.RECURRING, "FREQ=MONTHLY;BYDAY=-1FR"), null))
                .extracting(HsdsSchedule::freq, HsdsSchedule::byday).containsExactly("MONTHLY", "-1FR");
        assertThat(HsdsSchedule.of(schedule(ScheduleKind.RECURRING, "FREQ=MONTHLY;BYDAY=TU;BYSETPOS=2"), null))
                .extracting(HsdsSchedule::freq, HsdsSchedule::byday).containsExactly("MONTHLY", "2TU");
    }

    @Test
    void exportsADailyRuleAsWeeklyOnEveryDayBecauseHsdsKnowsOnlyWeeklyAndMonthly() {
        HsdsSchedule hsds = HsdsSchedule.of(schedule(ScheduleKind.RECURRING, "FREQ=DAILY;UNTIL=20270731"), null);

        assertThat(hsds.freq()).isEqualTo("WEEKLY");
        assertThat(hsds.byday()).isEqualTo("MO,TU,WE,TH,FR,SA,SU");
        assertThat(hsds.until()).isEqualTo(LocalDate.of(2027, 7, 31));
        assertThat(HsdsSchedule.FREQUENCIES).contains(hsds.freq());
    }

    @Test
    void keepsOnlyTheLosslessRuleWhenTheStructuredFieldsCannotSayIt() {
        HsdsSchedule hsds = HsdsSchedule.of(schedule(ScheduleKind.RECURRING, "FREQ=YEARLY;BYMONTH=3;BYMONTHDAY=8"), null);

        assertThat(hsds.freq()).isNull();
        assertThat(hsds.byday()).isNull();
        assertThat(hsds.bymonthday()).isNull();
        assertThat(hsds.rrule()).isEqualTo("FREQ=YEARLY;BYMONTH=3;BYMONTHDAY=8");
        assertThat(HsdsSchedule.of(schedule(ScheduleKind.RECURRING, "FREQ=DAILY;INTERVAL=3"), null).freq()).isNull();
    }

    @Test
    void exportsASingleDateAsOneWeeklyOccurrence() {
        Schedule single = new Schedule(ID, null, ScheduleKind.SINGLE_DATE, null, LocalDate.of(2027, 3, 12),
                LocalTime.of(18, 0), LocalTime.of(20, 0), null, null, Attendance.ONLINE, "Link per E-Mail");

        HsdsSchedule hsds = HsdsSchedule.of(single, "am 12. März 2027");

        assertThat(hsds).extracting(HsdsSchedule::freq, HsdsSchedule::count, HsdsSchedule::byday,
                HsdsSchedule::dtstart, HsdsSchedule::rrule, HsdsSchedule::attendingType, HsdsSchedule::notes)
                .containsExactly("WEEKLY", 1, "FR", LocalDate.of(2027, 3, 12), null, "online", "Link per E-Mail");
        assertThat(new RecurrenceRule("FREQ=WEEKLY;COUNT=1;BYDAY=FR")
                .between(hsds.dtstart(), hsds.dtstart(), hsds.dtstart().plusYears(1)))
                .containsExactly(LocalDate.of(2027, 3, 12));
    }

    @Test
    void roundTripsEveryKindAndPattern() {
        List<Schedule> schedules = List.of(
                schedule(ScheduleKind.OPENING_HOURS, "FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR"),
                schedule(ScheduleKind.RECURRING, "FREQ=WEEKLY;INTERVAL=2;BYDAY=WE"),
                schedule(ScheduleKind.RECURRING, "FREQ=MONTHLY;BYDAY=1TU"),
                schedule(ScheduleKind.RECURRING, "FREQ=DAILY"),
                schedule(ScheduleKind.RECURRING, "FREQ=MONTHLY;BYMONTHDAY=15;COUNT=10"),
                schedule(ScheduleKind.RECURRING, "FREQ=YEARLY;BYMONTH=3;BYMONTHDAY=8"),
                new Schedule(ID, SITE, ScheduleKind.SINGLE_DATE, null, LocalDate.of(2027, 3, 12), LocalTime.of(18, 0),
                        null, null, null, Attendance.PHONE, null),
                new Schedule(ID, null, ScheduleKind.RECURRING, new RecurrenceRule("FREQ=WEEKLY;BYDAY=SA"), START, null,
                        null, LocalDate.of(2027, 2, 1), LocalDate.of(2027, 7, 31), Attendance.IN_PERSON, "Hof"));

        for (Schedule original : schedules) {
            Schedule back = HsdsSchedule.of(original, "x").toSchedule(original.id());

            assertSame(back, original);
        }
    }

    @Test
    void buildsTheRuleFromTheStructuredFieldsWithoutTheExtension() {
        HsdsSchedule official = new HsdsSchedule(ID, null, null, null, LocalDate.of(2005, 1, 1),
                LocalDate.of(2005, 1, 1), LocalDate.of(2005, 1, 1), new BigDecimal(3),
                LocalDate.of(2005, 1, 1), 3, "TU", "WEEKLY", 1, "TH,FR", "41,42", "2,3,4", "2,3,4",
                "The service is available from 10 am to 6pm weekdays.", LocalTime.of(10, 0), LocalTime.of(18, 0),
                "http://example.com", "You can attend this service in-person or remotely", "Notes", null, null, null);

        Schedule schedule = official.toSchedule(ID);

        assertThat(schedule.kind()).isEqualTo(ScheduleKind.RECURRING);
        assertThat(schedule.rule().orElseThrow().value())
                .isEqualTo("FREQ=WEEKLY;INTERVAL=1;WKST=TU;BYDAY=TH,FR;UNTIL=20050101");
        assertThat(schedule.attending()).isEqualTo(Attendance.IN_PERSON);
        assertThat(schedule.note()).contains("Notes");
    }

    @Test
    void rebuildsEquivalentDatesFromTheStructuredFieldsAlone() {
        for (String rule : List.of("FREQ=WEEKLY;INTERVAL=2;BYDAY=WE", "FREQ=MONTHLY;BYDAY=-1FR",
                "FREQ=MONTHLY;BYDAY=TU;BYSETPOS=3", "FREQ=DAILY;COUNT=20")) {
            Schedule original = schedule(ScheduleKind.RECURRING, rule);
            HsdsSchedule exported = HsdsSchedule.of(original, null);
            HsdsSchedule withoutExtension = new HsdsSchedule(exported.id(), null, null, null, null, null,
                    exported.dtstart(), null, exported.until(), exported.count(), exported.wkst(), exported.freq(),
                    exported.interval(), exported.byday(), null, exported.bymonthday(), null, null,
                    exported.opensAt(), exported.closesAt(), null, exported.attendingType(), null, null, null, null);

            assertThat(withoutExtension.toSchedule(ID).nextOccurrences(START, 30)).as(rule)
                    .isEqualTo(original.nextOccurrences(START, 30));
        }
    }

    @Test
    void treatsAScheduleWithoutRuleOrWithCountOneAsASingleDate() {
        HsdsSchedule noRule = new HsdsSchedule(ID, null, null, null, null, null, LocalDate.of(2027, 5, 2), null, null,
                null, null, null, null, null, null, null, null, null, null, null, null, "phone", null, null, null, null);

        assertThat(noRule.toSchedule(ID).kind()).isEqualTo(ScheduleKind.SINGLE_DATE);
        assertThat(noRule.toSchedule(ID).attending()).isEqualTo(Attendance.PHONE);
        assertThatIllegalArgumentException().isThrownBy(() -> new HsdsSchedule(ID, null, null, null, null, null, null,
                null, null, null, null, "WEEKLY", 1, "MO", null, null, null, null, null, null, null, null, null, null,
                null, null).toSchedule(ID));
    }

    @Test
    void writesTheSchemaNamesAndFormats() {
        JsonNode json = JsonMapper.builder().build().valueToTree(HsdsSchedule.of(
                schedule(ScheduleKind.RECURRING, "FREQ=MONTHLY;BYDAY=1TU"), "jeden 1. Dienstag im Monat")
                .withServiceId(SITE));

        assertThat(json.get("service_id").asString()).isEqualTo(SITE.toString());
        assertThat(json.get("opens_at").asString()).isEqualTo("10:00:00");
        assertThat(json.get("closes_at").asString()).isEqualTo("12:00:00");
        assertThat(json.get("dtstart").asString()).isEqualTo("2027-01-04");
        assertThat(json.get("interval").isNumber()).isTrue();
        assertThat(json.get("x_rrule").asString()).isEqualTo("FREQ=MONTHLY;BYDAY=1TU");
        assertThat(json.get("x_kind").asString()).isEqualTo("RECURRING");
        assertThat(json.get("attending_type").asString()).isEqualTo("in_person");
        assertThat(json.has("timezone")).isFalse();
        assertThat(json.has("rrule")).isFalse();
        assertThat(json.propertyNames()).allMatch(name -> name.equals(name.toLowerCase()));
    }

    private static Schedule schedule(ScheduleKind kind, String rule) {
        return new Schedule(ID, SITE, kind, new RecurrenceRule(rule), START, LocalTime.of(10, 0), LocalTime.of(12, 0),
                null, null, Attendance.IN_PERSON, null);
    }

    private static void assertSame(Schedule actual, Schedule expected) {
        assertThat(actual).usingRecursiveComparison().isEqualTo(expected);
        assertThat(actual.rule().map(RecurrenceRule::value)).isEqualTo(expected.rule().map(RecurrenceRule::value));
    }
}
