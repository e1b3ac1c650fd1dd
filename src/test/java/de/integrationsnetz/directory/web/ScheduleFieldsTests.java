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

    static Schedule recurring(String rule) {
        return new Schedule(ID, null, ScheduleKind.RECURRING, new RecurrenceRule(rule), START, LocalTime.of(10, 0),
                LocalTime.of(12, 0), null, null, Attendance.IN_PERSON, null);
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
