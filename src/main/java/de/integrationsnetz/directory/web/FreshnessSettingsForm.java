package de.integrationsnetz.directory.web;

import de.integrationsnetz.directory.freshness.FreshnessIntervals;
import de.integrationsnetz.directory.freshness.FreshnessIntervals.Violation;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.validation.Errors;

/** The county admin's freshness settings form: days per step of the timeline, each within its bounds. */
public class FreshnessSettingsForm {

    /** The number fields in the order of the page. */
    static final List<String> FIELDS = List.of("firstReminderAfterDays", "reminderIntervalDays", "maxReminders",
            "flagAfterDays", "firstWarningBeforeWithdrawDays", "secondWarningBeforeWithdrawDays", "withdrawAfterDays",
            "restoreWindowDays", "linkValidityDays");

    private boolean enabled = true;
    private @Nullable Integer firstReminderAfterDays;
    private @Nullable Integer reminderIntervalDays;
    private @Nullable Integer maxReminders;
    private @Nullable Integer flagAfterDays;
    private @Nullable Integer firstWarningBeforeWithdrawDays;
    private @Nullable Integer secondWarningBeforeWithdrawDays;
    private @Nullable Integer withdrawAfterDays;
    private @Nullable Integer restoreWindowDays;
    private @Nullable Integer linkValidityDays;
    private long version;

    static FreshnessSettingsForm of(FreshnessIntervals intervals, long version) {
        FreshnessSettingsForm form = new FreshnessSettingsForm();
        form.enabled = intervals.enabled();
        form.firstReminderAfterDays = intervals.firstReminderAfterDays();
        form.reminderIntervalDays = intervals.reminderIntervalDays();
        form.maxReminders = intervals.maxReminders();
        form.flagAfterDays = intervals.flagAfterDays();
        form.firstWarningBeforeWithdrawDays = intervals.firstWarningBeforeWithdrawDays();
        form.secondWarningBeforeWithdrawDays = intervals.secondWarningBeforeWithdrawDays();
        form.withdrawAfterDays = intervals.withdrawAfterDays();
        form.restoreWindowDays = intervals.restoreWindowDays();
        form.linkValidityDays = intervals.linkValidityDays();
        form.version = version;
        return form;
    }

    /** The default of a number field. */
    static int defaultOf(String field) {
        FreshnessIntervals d = FreshnessIntervals.DEFAULTS;
        return switch (field) {
            case "firstReminderAfterDays" -> d.firstReminderAfterDays();
            case "reminderIntervalDays" -> d.reminderIntervalDays();
            case "maxReminders" -> d.maxReminders();
            case "flagAfterDays" -> d.flagAfterDays();
            case "firstWarningBeforeWithdrawDays" -> d.firstWarningBeforeWithdrawDays();
            case "secondWarningBeforeWithdrawDays" -> d.secondWarningBeforeWithdrawDays();
            case "withdrawAfterDays" -> d.withdrawAfterDays();
            case "restoreWindowDays" -> d.restoreWindowDays();
            case "linkValidityDays" -> d.linkValidityDays();
            default -> throw new IllegalArgumentException("No freshness field " + field);
        };
    }

    /** Required fields, bounds and the order of the steps; each error sits on the field to correct. */
    void check(Errors errors) {
        for (String field : FIELDS) {
            if (errors.hasFieldErrors(field)) {
                continue;
            }
            Object value = errors.getFieldValue(field);
            if (value == null || value.toString().isBlank()) {
                errors.rejectValue(field, "directory.validation.required");
                continue;
            }
            int[] bounds = FreshnessIntervals.bounds(field);
            int number = Integer.parseInt(value.toString());
            if (number < bounds[0] || number > bounds[1]) {
                errors.rejectValue(field, "directory.freshness.validation.range",
                        new Object[] {bounds[0], bounds[1]}, null);
            }
        }
        if (errors.hasErrors()) {
            return;
        }
        for (Violation violation : intervals().violations()) {
            errors.rejectValue(violation.field(), violation.messageKey(), violation.arguments(), null);
        }
    }

    /** The form's values; only after {@link #check} found no error. */
    FreshnessIntervals intervals() {
        return new FreshnessIntervals(enabled, value(firstReminderAfterDays), value(reminderIntervalDays),
                value(maxReminders), value(flagAfterDays), value(firstWarningBeforeWithdrawDays),
                value(secondWarningBeforeWithdrawDays), value(withdrawAfterDays), value(restoreWindowDays),
                value(linkValidityDays));
    }

    private static int value(@Nullable Integer value) {
        return value == null ? 0 : value;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    public @Nullable Integer getFirstReminderAfterDays() {
        return firstReminderAfterDays;
    }

    public void setFirstReminderAfterDays(@Nullable Integer value) {
        this.firstReminderAfterDays = value;
    }

    public @Nullable Integer getReminderIntervalDays() {
        return reminderIntervalDays;
    }

    public void setReminderIntervalDays(@Nullable Integer value) {
        this.reminderIntervalDays = value;
    }

    public @Nullable Integer getMaxReminders() {
        return maxReminders;
    }

    public void setMaxReminders(@Nullable Integer value) {
        this.maxReminders = value;
    }

    public @Nullable Integer getFlagAfterDays() {
        return flagAfterDays;
    }

    public void setFlagAfterDays(@Nullable Integer value) {
        this.flagAfterDays = value;
    }

    public @Nullable Integer getFirstWarningBeforeWithdrawDays() {
        return firstWarningBeforeWithdrawDays;
    }

    public void setFirstWarningBeforeWithdrawDays(@Nullable Integer value) {
        this.firstWarningBeforeWithdrawDays = value;
    }

    public @Nullable Integer getSecondWarningBeforeWithdrawDays() {
        return secondWarningBeforeWithdrawDays;
    }

    public void setSecondWarningBeforeWithdrawDays(@Nullable Integer value) {
        this.secondWarningBeforeWithdrawDays = value;
    }

    public @Nullable Integer getWithdrawAfterDays() {
        return withdrawAfterDays;
    }

    public void setWithdrawAfterDays(@Nullable Integer value) {
        this.withdrawAfterDays = value;
    }

    public @Nullable Integer getRestoreWindowDays() {
        return restoreWindowDays;
    }

    public void setRestoreWindowDays(@Nullable Integer value) {
        this.restoreWindowDays = value;
    }

    public @Nullable Integer getLinkValidityDays() {
        return linkValidityDays;
    }

    public void setLinkValidityDays(@Nullable Integer value) {
        this.linkValidityDays = value;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}
