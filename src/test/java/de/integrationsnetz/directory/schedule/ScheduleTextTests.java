package de.integrationsnetz.directory.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Locale;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

/** The texts come from the real bundles (basenames and encoding as in application.properties). */
class ScheduleTextTests {

    private static final Locale GERMAN = Locale.GERMAN;
    private static final Locale ARABIC = Locale.forLanguageTag("ar");
    private static final LocalDate TODAY = LocalDate.of(2027, 3, 1);

    private final ScheduleText text = new ScheduleText(messages());

    @Test
    void describesAWeeklyScheduleByItsDaysAndTimes() {
        Schedule schedule = recurring("FREQ=WEEKLY;BYDAY=TH,TU", time(10), time(12));

        assertThat(text.describe(schedule, GERMAN, TODAY)).isEqualTo("Dienstag und Donnerstag, 10:00–12:00 Uhr");
        assertThat(text.describe(schedule, ARABIC, TODAY)).isEqualTo("أيام الثلاثاء والخميس، 10:00–12:00");
        assertThat(text.describe(schedule, Locale.ENGLISH, TODAY))
                .isEqualTo("every Tuesday and Thursday, 10:00–12:00");
    }

    @Test
    void describesThreeOrMoreConsecutiveDaysAsARange() {
        Schedule schedule = recurring("FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR", time(9), time(12));

        assertThat(text.describe(schedule, GERMAN, TODAY)).isEqualTo("Montag bis Freitag, 09:00–12:00 Uhr");
        assertThat(text.describe(recurring("FREQ=WEEKLY;BYDAY=MO,WE,FR", null, null), GERMAN, TODAY))
                .isEqualTo("Montag, Mittwoch und Freitag");
    }

    @Test
    void describesOpeningHoursWithTheirValidityAndAttendance() {
        Schedule schedule = new Schedule(UUID.randomUUID(), null, ScheduleKind.OPENING_HOURS,
                new RecurrenceRule("FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR"), TODAY, time(9), time(12), null,
                LocalDate.of(2027, 7, 31), Attendance.PHONE, null);

        assertThat(text.describe(schedule, GERMAN, TODAY))
                .isEqualTo("Öffnungszeiten: Montag bis Freitag, 09:00–12:00 Uhr, bis 31.07.2027, telefonisch");
    }

    @Test
    void mentionsAValidityStartOnlyWhileItIsInTheFuture() {
        Schedule schedule = new Schedule(UUID.randomUUID(), null, ScheduleKind.RECURRING,
                new RecurrenceRule("FREQ=DAILY"), TODAY, null, null, LocalDate.of(2027, 4, 1),
                LocalDate.of(2027, 7, 31), Attendance.ONLINE, null);

        assertThat(text.describe(schedule, GERMAN, TODAY)).isEqualTo("täglich, vom 01.04.2027 bis 31.07.2027, online");
        assertThat(text.describe(schedule, GERMAN, LocalDate.of(2027, 5, 1)))
                .isEqualTo("täglich, bis 31.07.2027, online");
    }

    @Test
    void describesEveryNWeeks() {
        Schedule schedule = recurring("FREQ=WEEKLY;INTERVAL=2;BYDAY=WE", time(16), time(18));

        assertThat(text.describe(schedule, GERMAN, TODAY)).isEqualTo("alle 2 Wochen am Mittwoch, 16:00–18:00 Uhr");
        assertThat(text.describe(schedule, ARABIC, TODAY)).isEqualTo("الأربعاء، كل أسبوعين، 16:00–18:00");
        assertThat(text.describe(recurring("FREQ=WEEKLY;INTERVAL=3;BYDAY=WE", null, null), ARABIC, TODAY))
                .isEqualTo("الأربعاء، كل 3 أسابيع");
    }

    @Test
    void describesTheNthAndTheLastWeekdayOfTheMonth() {
        Schedule first = recurring("FREQ=MONTHLY;BYDAY=1TU", time(18), time(20));
        Schedule last = recurring("FREQ=MONTHLY;BYDAY=-1FR", null, null);

        assertThat(text.describe(first, GERMAN, TODAY)).isEqualTo("jeden 1. Dienstag im Monat, 18:00–20:00 Uhr");
        assertThat(text.describe(last, GERMAN, TODAY)).isEqualTo("jeden letzten Freitag im Monat");
        assertThat(text.describe(first, ARABIC, TODAY)).isEqualTo("يوم الثلاثاء الأول من كل شهر، 18:00–20:00");
        assertThat(text.describe(last, ARABIC, TODAY)).isEqualTo("يوم الجمعة الأخير من كل شهر");
    }

    @Test
    void letsTheOrdinalAgreeWithTheDayInRussianAndUkrainian() {
        assertThat(text.describe(recurring("FREQ=MONTHLY;BYDAY=1WE", null, null), Locale.forLanguageTag("ru"), TODAY))
                .isEqualTo("первая среда каждого месяца");
        assertThat(text.describe(recurring("FREQ=MONTHLY;BYDAY=-1SU", null, null), Locale.forLanguageTag("ru"), TODAY))
                .isEqualTo("последнее воскресенье каждого месяца");
        assertThat(text.describe(recurring("FREQ=MONTHLY;BYDAY=2TU", null, null), Locale.forLanguageTag("uk"), TODAY))
                .isEqualTo("другий вівторок кожного місяця");
    }

    @Test
    void describesASingleDateWithTheLongDate() {
        Schedule schedule = new Schedule(UUID.randomUUID(), null, ScheduleKind.SINGLE_DATE, null,
                LocalDate.of(2027, 3, 12), time(18), time(20), null, null, Attendance.IN_PERSON, null);

        assertThat(text.describe(schedule, GERMAN, TODAY)).isEqualTo("am 12. März 2027, 18:00–20:00 Uhr");
        assertThat(text.describe(schedule, ARABIC, TODAY)).isEqualTo("يوم 12 مارس 2027، 18:00–20:00");
    }

    @Test
    void listsTheNextFiveDatesOfAnyOtherRule() {
        Schedule schedule = new Schedule(UUID.randomUUID(), null, ScheduleKind.RECURRING,
                new RecurrenceRule("FREQ=MONTHLY;BYMONTHDAY=15"), LocalDate.of(2027, 1, 15), time(17), null, null,
                null, Attendance.IN_PERSON, null);

        assertThat(text.describe(schedule, GERMAN, TODAY)).isEqualTo(
                "ab 17:00 Uhr, nächste Termine: 15.03.2027, 15.04.2027, 15.05.2027, 15.06.2027 und 15.07.2027");
        String arabic = text.describe(schedule, ARABIC, TODAY);
        assertThat(arabic).startsWith("من الساعة 17:00، المواعيد القادمة: ").contains("15\u200f/03\u200f/2027")
                .contains("، ").contains(" و15\u200f/07\u200f/2027");
        assertThat(text.nextDates(schedule, TODAY, 5)).hasSize(5).first().isEqualTo(LocalDate.of(2027, 3, 15));
    }

    @Test
    void saysSoWhenARuleHasNoFurtherDates() {
        Schedule ended = recurring("FREQ=MONTHLY;BYMONTHDAY=15;COUNT=2", null, null);

        assertThat(text.describe(ended, GERMAN, TODAY)).isEqualTo("derzeit keine weiteren Termine");
        assertThat(text.nextDates(ended, TODAY, 5)).isEmpty();
    }

    private static Schedule recurring(String rule, @Nullable LocalTime opens, @Nullable LocalTime closes) {
        return new Schedule(UUID.randomUUID(), null, ScheduleKind.RECURRING, new RecurrenceRule(rule),
                LocalDate.of(2027, 1, 4), opens, closes, null, null, Attendance.IN_PERSON, null);
    }

    private static LocalTime time(int hour) {
        return LocalTime.of(hour, 0);
    }

    static ResourceBundleMessageSource messages() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasenames("i18n/messages", "i18n/directory");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        return messages;
    }
}
