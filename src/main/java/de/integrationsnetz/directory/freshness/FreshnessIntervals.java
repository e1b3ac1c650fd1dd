package de.integrationsnetz.directory.freshness;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The freshness timeline of a district (docs/directory.md §6.2), in days after the last confirmation T: reminders from
 * {@code firstReminderAfterDays}, every {@code reminderIntervalDays}, at most {@code maxReminders}; flagged as not
 * confirmed at {@code flagAfterDays}; two warnings before the withdrawal at {@code withdrawAfterDays}; a withdrawn
 * offer can be confirmed back within {@code restoreWindowDays}; links are valid for {@code linkValidityDays}.
 */
public record FreshnessIntervals(boolean enabled, int firstReminderAfterDays, int reminderIntervalDays,
        int maxReminders, int flagAfterDays, int firstWarningBeforeWithdrawDays, int secondWarningBeforeWithdrawDays,
        int withdrawAfterDays, int restoreWindowDays, int linkValidityDays) {

    /** The defaults of §6.1, for every district without settings of its own. */
    public static final FreshnessIntervals DEFAULTS = new FreshnessIntervals(true, 150, 14, 3, 183, 28, 7, 365, 90, 30);

    /** A field that breaks a bound or an ordering rule, with the message key and its arguments. */
    public record Violation(String field, String messageKey, Object... arguments) {}

    /** The bounds of each field: {@code {min, max}}. */
    public static int[] bounds(String field) {
        return switch (field) {
            case "firstReminderAfterDays" -> new int[] {30, 700};
            case "reminderIntervalDays" -> new int[] {1, 90};
            case "maxReminders" -> new int[] {0, 10};
            case "flagAfterDays" -> new int[] {30, 730};
            case "firstWarningBeforeWithdrawDays" -> new int[] {1, 180};
            case "secondWarningBeforeWithdrawDays" -> new int[] {1, 90};
            case "withdrawAfterDays" -> new int[] {60, 1095};
            case "restoreWindowDays" -> new int[] {1, 365};
            case "linkValidityDays" -> new int[] {1, 90};
            default -> throw new IllegalArgumentException("No freshness field " + field);
        };
    }

    /** Every broken rule, each on the field to correct; empty when the intervals are consistent. */
    public List<Violation> violations() {
        List<Violation> found = new ArrayList<>();
        within(found, "firstReminderAfterDays", firstReminderAfterDays);
        within(found, "reminderIntervalDays", reminderIntervalDays);
        within(found, "maxReminders", maxReminders);
        within(found, "flagAfterDays", flagAfterDays);
        within(found, "firstWarningBeforeWithdrawDays", firstWarningBeforeWithdrawDays);
        within(found, "secondWarningBeforeWithdrawDays", secondWarningBeforeWithdrawDays);
        within(found, "withdrawAfterDays", withdrawAfterDays);
        within(found, "restoreWindowDays", restoreWindowDays);
        within(found, "linkValidityDays", linkValidityDays);
        if (!found.isEmpty()) {
            return found;
        }
        if (firstReminderAfterDays >= flagAfterDays) {
            found.add(new Violation("flagAfterDays", "directory.freshness.validation.flag-after-reminder"));
        }
        if (secondWarningBeforeWithdrawDays >= firstWarningBeforeWithdrawDays) {
            found.add(new Violation("secondWarningBeforeWithdrawDays",
                    "directory.freshness.validation.second-warning-later"));
        }
        if (withdrawAfterDays - firstWarningBeforeWithdrawDays <= flagAfterDays) {
            found.add(new Violation("withdrawAfterDays", "directory.freshness.validation.withdraw-after-flag"));
        }
        return found;
    }

    private static void within(List<Violation> found, String field, int value) {
        int[] bounds = bounds(field);
        if (value < bounds[0] || value > bounds[1]) {
            found.add(new Violation(field, "directory.freshness.validation.range", bounds[0], bounds[1]));
        }
    }

    /** Throws when {@link #violations()} is not empty. */
    public FreshnessIntervals checked() {
        List<Violation> violations = violations();
        if (!violations.isEmpty()) {
            throw new IllegalArgumentException("Inconsistent freshness intervals: " + violations.get(0).field());
        }
        return this;
    }

    /** When reminder {@code seq} (1-based) is due for a cycle that started at T. */
    Instant reminderDue(Instant lastConfirmed, int seq) {
        return days(lastConfirmed, firstReminderAfterDays + (long) (seq - 1) * reminderIntervalDays);
    }

    Instant flagDue(Instant lastConfirmed) {
        return days(lastConfirmed, flagAfterDays);
    }

    /** When warning {@code seq} (1 = the first, earlier one; 2 = the second) is due. */
    Instant warningDue(Instant lastConfirmed, int seq) {
        return days(lastConfirmed, withdrawAfterDays
                - (seq == 1 ? firstWarningBeforeWithdrawDays : secondWarningBeforeWithdrawDays));
    }

    Instant withdrawDue(Instant lastConfirmed) {
        return days(lastConfirmed, withdrawAfterDays);
    }

    /** How many reminders there are in a cycle: at most {@code maxReminders}, and all before the flag. */
    int reminderCount() {
        int count = 0;
        while (count < maxReminders
                && firstReminderAfterDays + (long) count * reminderIntervalDays < flagAfterDays) {
            count++;
        }
        return count;
    }

    Duration restoreWindow() {
        return Duration.ofDays(restoreWindowDays);
    }

    Duration linkValidity() {
        return Duration.ofDays(linkValidityDays);
    }

    private static Instant days(Instant from, long days) {
        return from.plus(Duration.ofDays(days));
    }
}
