package de.integrationsnetz.directory.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

class ScheduleTests {

    private static final LocalDate SEED = LocalDate.of(2027, 1, 4);
    private static final RecurrenceRule TUESDAYS = new RecurrenceRule("FREQ=WEEKLY;BYDAY=TU");

    @Test
    void aSingleDateHasNoRuleAndTheOtherKindsNeedOne() {
        assertThatIllegalArgumentException().isThrownBy(() -> schedule(ScheduleKind.SINGLE_DATE, TUESDAYS, null, null));
        assertThatIllegalArgumentException().isThrownBy(() -> schedule(ScheduleKind.RECURRING, null, null, null));
        assertThatIllegalArgumentException().isThrownBy(() -> schedule(ScheduleKind.OPENING_HOURS, null, null, null));
        assertThat(schedule(ScheduleKind.SINGLE_DATE, null, null, null).rule()).isEmpty();
    }

    @Test
    void closesAfterItOpens() {
        assertThatIllegalArgumentException().isThrownBy(() -> new Schedule(UUID.randomUUID(), null,
                ScheduleKind.RECURRING, TUESDAYS, SEED, LocalTime.of(12, 0), LocalTime.of(12, 0), null, null,
                Attendance.IN_PERSON, null));
        assertThatIllegalArgumentException().isThrownBy(() -> new Schedule(UUID.randomUUID(), null,
                ScheduleKind.RECURRING, TUESDAYS, SEED, LocalTime.of(12, 0), LocalTime.of(10, 0), null, null,
                Attendance.IN_PERSON, null));
        assertThat(new Schedule(UUID.randomUUID(), null, ScheduleKind.RECURRING, TUESDAYS, SEED, LocalTime.of(10, 0),
                LocalTime.of(10, 30), null, null, Attendance.IN_PERSON, null).closesAt()).contains(LocalTime.of(10, 30));
    }

    @Test
    void itsValidityDoesNotEndBeforeItStarts() {
        assertThatIllegalArgumentException().isThrownBy(() -> schedule(ScheduleKind.RECURRING, TUESDAYS,
                LocalDate.of(2027, 3, 1), LocalDate.of(2027, 2, 28)));
        assertThat(schedule(ScheduleKind.RECURRING, TUESDAYS, LocalDate.of(2027, 3, 1), LocalDate.of(2027, 3, 1))
                .validUntil()).contains(LocalDate.of(2027, 3, 1));
    }

    @Test
    void keepsNoBlankNote() {
        Schedule blank = new Schedule(UUID.randomUUID(), null, ScheduleKind.RECURRING, TUESDAYS, SEED, null, null,
                null, null, Attendance.IN_PERSON, "   ");
        Schedule noted = new Schedule(UUID.randomUUID(), null, ScheduleKind.RECURRING, TUESDAYS, SEED, null, null,
                null, null, Attendance.IN_PERSON, "  nicht in den Ferien ");

        assertThat(blank.note()).isEmpty();
        assertThat(noted.note()).contains("nicht in den Ferien");
    }

    @Test
    void theNextOccurrenceIsOnOrAfterToday() {
        Schedule tuesdays = schedule(ScheduleKind.RECURRING, TUESDAYS, null, null);

        assertThat(tuesdays.nextOccurrence(LocalDate.of(2027, 3, 2))).contains(LocalDate.of(2027, 3, 2));
        assertThat(tuesdays.nextOccurrence(LocalDate.of(2027, 3, 3))).contains(LocalDate.of(2027, 3, 9));
    }

    @Test
    void theNextOccurrenceWaitsForTheValidityToStart() {
        Schedule later = schedule(ScheduleKind.RECURRING, TUESDAYS, LocalDate.of(2027, 4, 1), null);

        assertThat(later.nextOccurrence(LocalDate.of(2027, 3, 2))).contains(LocalDate.of(2027, 4, 6));
    }

    @Test
    void thereIsNoNextOccurrenceAfterTheValidityEnded() {
        Schedule ending = schedule(ScheduleKind.RECURRING, TUESDAYS, null, LocalDate.of(2027, 3, 8));

        assertThat(ending.nextOccurrence(LocalDate.of(2027, 3, 2))).contains(LocalDate.of(2027, 3, 2));
        assertThat(ending.nextOccurrence(LocalDate.of(2027, 3, 3))).isEmpty();
        assertThat(ending.nextOccurrences(LocalDate.of(2027, 2, 20), 5))
                .containsExactly(LocalDate.of(2027, 2, 23), LocalDate.of(2027, 3, 2));
    }

    @Test
    void aSingleDateOccursOnlyOnItsDay() {
        Schedule single = schedule(ScheduleKind.SINGLE_DATE, null, null, null);

        assertThat(single.nextOccurrence(SEED.minusDays(3))).contains(SEED);
        assertThat(single.nextOccurrence(SEED)).contains(SEED);
        assertThat(single.nextOccurrence(SEED.plusDays(1))).isEmpty();
        assertThat(single.nextOccurrences(SEED.minusDays(3), 5)).containsExactly(SEED);
    }

    @Test
    void listsTheNextOccurrencesWithinTheValidityInOrder() {
        Schedule lastFridays = schedule(ScheduleKind.RECURRING, new RecurrenceRule("FREQ=MONTHLY;BYDAY=-1FR"),
                LocalDate.of(2027, 3, 1), LocalDate.of(2027, 6, 30));

        assertThat(lastFridays.nextOccurrences(LocalDate.of(2027, 1, 1), 10)).containsExactly(
                LocalDate.of(2027, 3, 26), LocalDate.of(2027, 4, 30), LocalDate.of(2027, 5, 28),
                LocalDate.of(2027, 6, 25));
        assertThat(lastFridays.nextOccurrences(LocalDate.of(2027, 1, 1), 2)).hasSize(2);
    }

    @Test
    void equalityIsByIdentity() {
        UUID id = UUID.randomUUID();
        Schedule one = new Schedule(id, null, ScheduleKind.SINGLE_DATE, null, SEED, null, null, null, null,
                Attendance.IN_PERSON, null);
        Schedule other = new Schedule(id, null, ScheduleKind.RECURRING, TUESDAYS, SEED, null, null, null, null,
                Attendance.ONLINE, null);

        assertThat(one).isEqualTo(other).hasSameHashCodeAs(other);
    }

    private static Schedule schedule(ScheduleKind kind, @Nullable RecurrenceRule rule, @Nullable LocalDate from,
            @Nullable LocalDate until) {
        return new Schedule(UUID.randomUUID(), null, kind, rule, SEED, null, null, from, until, Attendance.IN_PERSON,
                null);
    }
}
