package de.integrationsnetz.directory.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

/** Every schedule label and text pattern exists and formats in all seven languages. */
class ScheduleMessagesTests {

    private static final List<Locale> LOCALES = List.of("de", "en", "uk", "ru", "ar", "fa", "tr").stream()
            .map(Locale::forLanguageTag).toList();

    private final ResourceBundleMessageSource messages = ScheduleTextTests.messages();

    @Test
    void everyKindPatternAttendanceAndPositionHasALabelInEveryLanguage() {
        List<String> keys = new ArrayList<>();
        for (ScheduleKind kind : ScheduleKind.values()) {
            keys.add("directory.schedule.kind." + kind.name());
        }
        for (RepeatPattern pattern : RepeatPattern.values()) {
            keys.add("directory.schedule.pattern." + pattern.name());
        }
        for (Attendance attendance : Attendance.values()) {
            keys.add("directory.schedule.attending." + attendance.name());
        }
        for (Integer nth : RuleShape.NTH_VALUES) {
            keys.add("directory.schedule.nth." + nth);
            keys.add("directory.schedule.text.monthly-nth." + nth);
        }
        for (Locale locale : LOCALES) {
            for (String key : keys) {
                assertThat(messages.getMessage(key, null, "", locale)).as("%s in %s", key, locale).isNotBlank();
            }
        }
    }

    @Test
    void everyTextPatternFormatsWithItsArgumentsInEveryLanguage() {
        for (Locale locale : LOCALES) {
            for (DayOfWeek day : DayOfWeek.values()) {
                String gender = messages.getMessage("directory.schedule.day-gender." + day.name(), null, locale);
                assertThat(gender).as("gender of %s in %s", day, locale).matches("[012]");
                for (Integer nth : RuleShape.NTH_VALUES) {
                    String text = messages.getMessage("directory.schedule.text.monthly-nth." + nth,
                            new Object[] {"X", Integer.parseInt(gender)}, locale);
                    assertThat(text).as("monthly %s %s in %s", nth, day, locale).contains("X").doesNotContain("{");
                }
            }
            for (int weeks : List.of(2, 3, 4, 10, 11, 52)) {
                String text = messages.getMessage("directory.schedule.text.every-n-weeks",
                        new Object[] {String.valueOf(weeks), "X", weeks}, locale);
                assertThat(text).as("every %s weeks in %s", weeks, locale).contains("X").doesNotContain("{");
                if (weeks > 2) {
                    assertThat(text).contains(String.valueOf(weeks));
                }
            }
            for (String key : List.of("list-pair", "list-more", "join", "weekly-range", "times", "valid-range")) {
                assertThatCode(() -> assertThat(messages.getMessage("directory.schedule.text." + key,
                        new Object[] {"A", "B"}, locale)).contains("A", "B")).as("%s in %s", key, locale)
                        .doesNotThrowAnyException();
            }
            for (String key : List.of("weekly", "single", "opening-hours", "time-from", "next-dates", "valid-from",
                    "valid-until")) {
                assertThat(messages.getMessage("directory.schedule.text." + key, new Object[] {"A"}, locale))
                        .as("%s in %s", key, locale).contains("A");
            }
        }
    }
}
