package de.integrationsnetz.directory.web;

import static org.assertj.core.api.Assertions.assertThat;

import de.integrationsnetz.directory.schedule.Attendance;
import de.integrationsnetz.directory.schedule.RecurrenceRule;
import de.integrationsnetz.directory.schedule.RepeatPattern;
import de.integrationsnetz.directory.schedule.Schedule;
import de.integrationsnetz.directory.schedule.ScheduleKind;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.Errors;

class ScheduleFieldsTests {

    private static final UUID ID = UUID.fromString("0b9a3c4e-8f0e-4d43-9a55-2f5c4b6a1e01");
    private static final LocalDate START = LocalDate.of(2027, 3, 3);

    @Test
    void recognisesAWeeklyRuleAndBuildsTheSameScheduleAgain() {
        Schedule stored = recurring("FREQ=WEEKLY;BYDAY=TU,TH");

        ScheduleFields fields = ScheduleFields.from(stored);

        assertThat(fields.getPattern()).isEqualTo(RepeatPattern.WEEKLY);
        assertThat(fields.getDays()).containsExactly(DayOfWeek.TUESDAY, DayOfWeek.THURSDAY);
        assertThat(fields.getOpensAt()).isEqualTo("10:00");
        assertThat(fields.getStart()).isEqualTo("2027-03-03");
        assertSameSchedule(fields.toSchedule(), stored);
    }

    @Test
    void flagsMissingWeekdaysAndAnEndBeforeTheStart() {
        ScheduleFields fields = ScheduleFields.empty();
        fields.setOpensAt("12:00");
        fields.setClosesAt("10:00");

        Errors errors = validate(fields);

        assertThat(errors.getFieldError("days").getCode()).isEqualTo("directory.validation.schedule.days-required");
        assertThat(errors.getFieldError("closesAt").getCode()).isEqualTo("directory.validation.schedule.times-order");
    }

    @Test
    void recognisesEveryNWeeksTheNthWeekdayAndDailyRules() {
        ScheduleFields everyTwo = ScheduleFields.from(recurring("FREQ=WEEKLY;INTERVAL=2;BYDAY=WE"));
        ScheduleFields lastFriday = ScheduleFields.from(recurring("FREQ=MONTHLY;BYDAY=-1FR"));
        ScheduleFields daily = ScheduleFields.from(recurring("FREQ=DAILY"));

        assertThat(everyTwo.getPattern()).isEqualTo(RepeatPattern.EVERY_N_WEEKS);
        assertThat(everyTwo.getInterval()).isEqualTo(2);
        assertThat(everyTwo.getDays()).containsExactly(DayOfWeek.WEDNESDAY);
        assertThat(lastFriday.getPattern()).isEqualTo(RepeatPattern.MONTHLY_NTH_WEEKDAY);
        assertThat(lastFriday.getNth()).isEqualTo(-1);
        assertThat(lastFriday.getMonthlyDay()).isEqualTo(DayOfWeek.FRIDAY);
        assertThat(daily.getPattern()).isEqualTo(RepeatPattern.DAILY);
        for (ScheduleFields fields : List.of(everyTwo, lastFriday, daily)) {
            assertThat(validate(fields).hasErrors()).as(fields.toString()).isFalse();
        }
        assertSameSchedule(everyTwo.toSchedule(), recurring("FREQ=WEEKLY;INTERVAL=2;BYDAY=WE"));
        assertSameSchedule(lastFriday.toSchedule(), recurring("FREQ=MONTHLY;BYDAY=-1FR"));
        assertSameSchedule(daily.toSchedule(), recurring("FREQ=DAILY"));
    }

    @Test
    void keepsAnyOtherRuleAsACustomRuleUnchanged() {
        Schedule stored = new Schedule(ID, null, ScheduleKind.OPENING_HOURS,
                new RecurrenceRule("FREQ=MONTHLY;BYMONTHDAY=1,15;UNTIL=20271231"), START, LocalTime.of(9, 0),
                LocalTime.of(11, 30), LocalDate.of(2027, 3, 1), LocalDate.of(2027, 12, 31), Attendance.ONLINE,
                "Zugang per E-Mail");

        ScheduleFields fields = ScheduleFields.from(stored);

        assertThat(fields.getPattern()).isEqualTo(RepeatPattern.CUSTOM);
        assertThat(fields.getCustomRule()).isEqualTo("FREQ=MONTHLY;BYMONTHDAY=1,15;UNTIL=20271231");
        assertThat(fields.getValidFrom()).isEqualTo("2027-03-01");
        assertThat(fields.getClosesAt()).isEqualTo("11:30");
        assertThat(validate(fields).hasErrors()).isFalse();
        assertSameSchedule(fields.toSchedule(), stored);
    }

    @Test
    void turnsASingleDateIntoFieldsAndBackWithoutARule() {
        Schedule stored = new Schedule(ID, null, ScheduleKind.SINGLE_DATE, null, LocalDate.of(2027, 3, 12),
                LocalTime.of(18, 0), LocalTime.of(20, 0), null, null, Attendance.IN_PERSON, null);

        ScheduleFields fields = ScheduleFields.from(stored);
        fields.setDays(EnumSet.of(DayOfWeek.MONDAY));

        assertThat(fields.getKind()).isEqualTo(ScheduleKind.SINGLE_DATE);
        assertThat(fields.getStart()).isEqualTo("2027-03-12");
        assertThat(validate(fields).hasErrors()).isFalse();
        assertSameSchedule(fields.toSchedule(), stored);
    }

    @Test
    void acceptsTheHtmlInputFormatsAndGermanDates() {
        ScheduleFields fields = ScheduleFields.empty();
        fields.setKind(ScheduleKind.SINGLE_DATE);
        fields.setStart(" 12.3.2027 ");
        fields.setOpensAt("09:30:00");
        fields.setClosesAt("11.00");
        fields.setValidUntil("2027-12-31");

        assertThat(validate(fields).hasErrors()).isFalse();
        Schedule schedule = fields.toSchedule();
        assertThat(schedule.start()).isEqualTo(LocalDate.of(2027, 3, 12));
        assertThat(schedule.opensAt()).contains(LocalTime.of(9, 30));
        assertThat(schedule.closesAt()).contains(LocalTime.of(11, 0));
        assertThat(schedule.validUntil()).contains(LocalDate.of(2027, 12, 31));
    }

    @Test
    void reportsWhatCannotBeReadAsDateOrTime() {
        ScheduleFields fields = ScheduleFields.empty();
        fields.setDays(EnumSet.of(DayOfWeek.MONDAY));
        fields.setStart("31.02.2027");
        fields.setOpensAt("25:00");
        fields.setValidFrom("morgen");

        Errors errors = validate(fields);

        assertThat(code(errors, "start")).isEqualTo("directory.validation.schedule.date-invalid");
        assertThat(code(errors, "opensAt")).isEqualTo("directory.validation.schedule.time-invalid");
        assertThat(code(errors, "validFrom")).isEqualTo("directory.validation.schedule.date-invalid");
    }

    @Test
    void rejectsAnInvalidOrTooFrequentCustomRule() {
        ScheduleFields fields = ScheduleFields.empty();
        fields.setPattern(RepeatPattern.CUSTOM);
        fields.setStart("2027-03-01");

        assertThat(code(validate(fields), "customRule")).isEqualTo("directory.validation.schedule.rule-required");
        fields.setCustomRule("FREQ=HOURLY;INTERVAL=4");
        assertThat(code(validate(fields), "customRule")).isEqualTo("directory.validation.schedule.rule-invalid");
        fields.setCustomRule("jeden Dienstag");
        assertThat(code(validate(fields), "customRule")).isEqualTo("directory.validation.schedule.rule-invalid");
        fields.setCustomRule("FREQ=WEEKLY;COUNT=3;UNTIL=20270401");
        assertThat(code(validate(fields), "customRule")).isEqualTo("directory.validation.schedule.rule-invalid");
        fields.setCustomRule("RRULE:FREQ=YEARLY;BYMONTH=3;BYMONTHDAY=8");
        assertThat(validate(fields).hasErrors()).isFalse();
        assertThat(fields.toSchedule().rule().orElseThrow().value()).isEqualTo("FREQ=YEARLY;BYMONTH=3;BYMONTHDAY=8");
    }

    @Test
    void asksForTheDetailsThatTheChosenPatternNeeds() {
        ScheduleFields everyFew = ScheduleFields.empty();
        everyFew.setPattern(RepeatPattern.EVERY_N_WEEKS);
        everyFew.setInterval(1);
        ScheduleFields monthly = ScheduleFields.empty();
        monthly.setPattern(RepeatPattern.MONTHLY_NTH_WEEKDAY);
        monthly.setNth(5);
        ScheduleFields single = ScheduleFields.empty();
        single.setKind(ScheduleKind.SINGLE_DATE);
        ScheduleFields opening = ScheduleFields.empty();
        opening.setKind(ScheduleKind.OPENING_HOURS);
        opening.setDays(EnumSet.of(DayOfWeek.MONDAY));
        ScheduleFields unchosen = ScheduleFields.empty();
        unchosen.setKind(null);
        unchosen.setAttending(null);
        ScheduleFields noPattern = ScheduleFields.empty();
        noPattern.setPattern(null);

        Errors everyFewErrors = validate(everyFew);
        assertThat(code(everyFewErrors, "interval")).isEqualTo("directory.validation.schedule.interval-range");
        assertThat(code(everyFewErrors, "days")).isEqualTo("directory.validation.schedule.days-required");
        assertThat(code(everyFewErrors, "start")).isEqualTo("directory.validation.schedule.date-required");
        Errors monthlyErrors = validate(monthly);
        assertThat(code(monthlyErrors, "nth")).isEqualTo("directory.validation.schedule.nth-invalid");
        assertThat(code(monthlyErrors, "monthlyDay")).isEqualTo("directory.validation.schedule.monthly-day-required");
        assertThat(code(validate(single), "start")).isEqualTo("directory.validation.schedule.date-required");
        assertThat(validate(single).getErrorCount()).isEqualTo(1);
        Errors openingErrors = validate(opening);
        assertThat(code(openingErrors, "opensAt")).isEqualTo("directory.validation.schedule.times-required");
        assertThat(code(openingErrors, "closesAt")).isEqualTo("directory.validation.schedule.times-required");
        Errors unchosenErrors = validate(unchosen);
        assertThat(code(unchosenErrors, "kind")).isEqualTo("directory.validation.schedule.kind-required");
        assertThat(code(unchosenErrors, "attending")).isEqualTo("directory.validation.schedule.attending-required");
        assertThat(code(validate(noPattern), "pattern")).isEqualTo("directory.validation.schedule.pattern-required");
    }

    @Test
    void rejectsAnEndWithoutStartAValidityInTheWrongOrderAndALongNote() {
        ScheduleFields fields = ScheduleFields.empty();
        fields.setDays(EnumSet.of(DayOfWeek.FRIDAY));
        fields.setClosesAt("12:00");
        fields.setValidFrom("2027-06-01");
        fields.setValidUntil("2027-05-31");
        fields.setNote("x".repeat(ScheduleFields.NOTE_MAX + 1));

        Errors errors = validate(fields);

        assertThat(code(errors, "opensAt")).isEqualTo("directory.validation.schedule.times-required");
        assertThat(code(errors, "validUntil")).isEqualTo("directory.validation.schedule.validity-order");
        assertThat(code(errors, "note")).isEqualTo("directory.validation.too-long");
    }

    @Test
    void writesItsErrorsUnderThePathOfTheEnclosingForm() {
        ScheduleFragmentTests.HostForm form = new ScheduleFragmentTests.HostForm();
        form.getSchedules().add(ScheduleFields.empty());
        form.getSchedules().add(ScheduleFields.empty());
        Errors errors = new BeanPropertyBindingResult(form, "offerForm");

        form.getSchedules().get(1).validate(errors, "schedules[1]");

        assertThat(errors.getFieldError("schedules[1].days").getCode())
                .isEqualTo("directory.validation.schedule.days-required");
        assertThat(errors.getFieldErrors("schedules[0].days")).isEmpty();
    }

    @Test
    void startsANewSeriesWithoutStartDateAtItsValidityAndGivesItANewId() {
        ScheduleFields fields = ScheduleFields.empty();
        fields.setDays(EnumSet.of(DayOfWeek.MONDAY));
        fields.setValidFrom("2027-04-01");

        Schedule schedule = fields.toSchedule(UUID.fromString("11111111-2222-3333-4444-555555555555"));

        assertThat(schedule.start()).isEqualTo(LocalDate.of(2027, 4, 1));
        assertThat(schedule.id()).isNotNull();
        assertThat(schedule.siteId()).contains(UUID.fromString("11111111-2222-3333-4444-555555555555"));
        assertThat(schedule.kind()).isEqualTo(ScheduleKind.RECURRING);
        assertThat(schedule.rule().orElseThrow().value()).isEqualTo("FREQ=WEEKLY;BYDAY=MO");
        assertThat(fields.toSchedule().id()).isNotEqualTo(fields.toSchedule().id());
    }

    @Test
    void knowsWhenNothingWasEntered() {
        ScheduleFields fields = ScheduleFields.empty();
        assertThat(fields.hasNoInput()).isTrue();

        fields.setNote("nur nach Anmeldung");
        assertThat(fields.hasNoInput()).isFalse();
    }

    static Schedule recurring(String rule) {
        return new Schedule(ID, null, ScheduleKind.RECURRING, new RecurrenceRule(rule), START, LocalTime.of(10, 0),
                LocalTime.of(12, 0), null, null, Attendance.IN_PERSON, null);
    }

    static String code(Errors errors, String field) {
        assertThat(errors.getFieldError(field)).as("error on %s in %s", field, errors).isNotNull();
        return errors.getFieldError(field).getCode();
    }

    static Errors validate(ScheduleFields fields) {
        Errors errors = new BeanPropertyBindingResult(fields, "schedule");
        fields.validate(errors, "");
        return errors;
    }

    static void assertSameSchedule(Schedule actual, Schedule expected) {
        assertThat(actual.id()).isEqualTo(expected.id());
        assertThat(actual.kind()).isEqualTo(expected.kind());
        assertThat(actual.rule().map(RecurrenceRule::value)).isEqualTo(expected.rule().map(RecurrenceRule::value));
        assertThat(actual.start()).isEqualTo(expected.start());
        assertThat(actual.opensAt()).isEqualTo(expected.opensAt());
        assertThat(actual.closesAt()).isEqualTo(expected.closesAt());
        assertThat(actual.validFrom()).isEqualTo(expected.validFrom());
        assertThat(actual.validUntil()).isEqualTo(expected.validUntil());
        assertThat(actual.attending()).isEqualTo(expected.attending());
        assertThat(actual.note()).isEqualTo(expected.note());
    }
}
