package de.integrationsnetz.directory.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RecurrenceRuleTests {

    private static final LocalDate SEED = LocalDate.of(2027, 1, 4);

    @Test
    void parsesARuleAndKeepsItsText() {
        assertThat(new RecurrenceRule("FREQ=WEEKLY;BYDAY=TU,TH").value()).isEqualTo("FREQ=WEEKLY;BYDAY=TU,TH");
    }

    @Test
    void acceptsTheRrulePrefixAndSurroundingSpace() {
        assertThat(new RecurrenceRule("  rrule:FREQ=MONTHLY;BYDAY=1TU ").value()).isEqualTo("FREQ=MONTHLY;BYDAY=1TU");
    }

    @Test
    void rejectsWhatIsNoRule() {
        assertThatIllegalArgumentException().isThrownBy(() -> new RecurrenceRule("every tuesday"));
        assertThatIllegalArgumentException().isThrownBy(() -> new RecurrenceRule(" "));
    }

    @Test
    void rejectsFrequenciesFinerThanDaily() {
        assertThatIllegalArgumentException().isThrownBy(() -> new RecurrenceRule("FREQ=HOURLY;INTERVAL=2"))
                .withMessageContaining("at most daily");
        assertThatIllegalArgumentException().isThrownBy(() -> new RecurrenceRule("FREQ=MINUTELY"));
    }

    @Test
    void rejectsCountTogetherWithUntil() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new RecurrenceRule("FREQ=WEEKLY;BYDAY=MO;COUNT=3;UNTIL=20270301"))
                .withMessageContaining("not both");
    }

    @Test
    void findsTheNextOccurrenceAfterADay() {
        RecurrenceRule rule = new RecurrenceRule("FREQ=WEEKLY;BYDAY=TU,TH");

        assertThat(rule.next(SEED, LocalDate.of(2027, 3, 2))).contains(LocalDate.of(2027, 3, 4));
        assertThat(rule.next(SEED, LocalDate.of(2027, 3, 4))).contains(LocalDate.of(2027, 3, 9));
    }

    @Test
    void findsTheLastFridayOfTheMonth() {
        RecurrenceRule rule = new RecurrenceRule("FREQ=MONTHLY;BYDAY=-1FR");

        assertThat(rule.next(SEED, LocalDate.of(2027, 3, 1))).contains(LocalDate.of(2027, 3, 26));
        assertThat(rule.next(SEED, LocalDate.of(2027, 3, 26))).contains(LocalDate.of(2027, 4, 30));
    }

    @Test
    void hasNoNextOccurrenceAfterTheSeriesEnded() {
        RecurrenceRule rule = new RecurrenceRule("FREQ=WEEKLY;BYDAY=MO;UNTIL=20270201");

        assertThat(rule.next(SEED, LocalDate.of(2027, 2, 1))).isEmpty();
    }

    @Test
    void listsAtMostFiftyDatesBetweenTwoDays() {
        RecurrenceRule daily = new RecurrenceRule("FREQ=DAILY");

        assertThat(daily.between(SEED, SEED, SEED.plusYears(1))).hasSize(RecurrenceRule.MAX_DATES)
                .startsWith(SEED, SEED.plusDays(1));
        assertThat(new RecurrenceRule("FREQ=WEEKLY;BYDAY=MO").between(SEED, SEED, SEED.plusWeeks(3))).hasSize(4);
    }

    @Test
    void listsTheUpcomingDatesInOrder() {
        RecurrenceRule rule = new RecurrenceRule("FREQ=WEEKLY;INTERVAL=2;BYDAY=WE");

        assertThat(rule.upcoming(SEED, LocalDate.of(2027, 1, 13), 3))
                .containsExactly(LocalDate.of(2027, 1, 20), LocalDate.of(2027, 2, 3), LocalDate.of(2027, 2, 17));
    }

    @Test
    void recognisesTheSimplePatternsAndNothingMore() {
        assertThat(new RecurrenceRule("FREQ=WEEKLY;BYDAY=TU,TH").shape())
                .isEqualTo(RuleShape.weekly(Set.of(DayOfWeek.TUESDAY, DayOfWeek.THURSDAY)));
        assertThat(new RecurrenceRule("FREQ=WEEKLY;INTERVAL=2;BYDAY=WE").shape())
                .isEqualTo(RuleShape.everyNWeeks(2, Set.of(DayOfWeek.WEDNESDAY)));
        assertThat(new RecurrenceRule("FREQ=MONTHLY;BYDAY=-1FR").shape())
                .isEqualTo(RuleShape.monthly(-1, DayOfWeek.FRIDAY));
        assertThat(new RecurrenceRule("FREQ=MONTHLY;BYDAY=TU;BYSETPOS=2").shape())
                .isEqualTo(RuleShape.monthly(2, DayOfWeek.TUESDAY));
        assertThat(new RecurrenceRule("FREQ=DAILY").shape()).isEqualTo(RuleShape.daily());
        assertThat(new RecurrenceRule("FREQ=WEEKLY;BYDAY=MO;COUNT=5").shape().pattern()).isEqualTo(RepeatPattern.CUSTOM);
        assertThat(new RecurrenceRule("FREQ=MONTHLY;BYDAY=5MO").shape().pattern()).isEqualTo(RepeatPattern.CUSTOM);
        assertThat(new RecurrenceRule("FREQ=MONTHLY;INTERVAL=2;BYDAY=1MO").shape().pattern())
                .isEqualTo(RepeatPattern.CUSTOM);
        assertThat(new RecurrenceRule("FREQ=WEEKLY;INTERVAL=2;WKST=SU;BYDAY=MO,SA").shape().pattern())
                .isEqualTo(RepeatPattern.CUSTOM);
        assertThat(new RecurrenceRule("FREQ=YEARLY").shape().pattern()).isEqualTo(RepeatPattern.CUSTOM);
    }
}
