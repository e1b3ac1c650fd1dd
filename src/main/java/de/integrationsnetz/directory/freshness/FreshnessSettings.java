package de.integrationsnetz.directory.freshness;

import de.integrationsnetz.shared.DistrictKey;
import de.integrationsnetz.shared.DistrictScoped;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** A district's own freshness intervals (docs/directory.md §6.1); a district without a row uses the defaults. */
@Entity
@Table(name = "freshness_settings", schema = "directory")
public class FreshnessSettings implements DistrictScoped {

    @Id
    @Column(name = "district_key", length = 5)
    private String districtKey;

    @Column(nullable = false)
    private boolean enabled;

    @Column(name = "first_reminder_after_days", nullable = false)
    private int firstReminderAfterDays;

    @Column(name = "reminder_interval_days", nullable = false)
    private int reminderIntervalDays;

    @Column(name = "max_reminders", nullable = false)
    private int maxReminders;

    @Column(name = "flag_after_days", nullable = false)
    private int flagAfterDays;

    @Column(name = "first_warning_before_withdraw_days", nullable = false)
    private int firstWarningBeforeWithdrawDays;

    @Column(name = "second_warning_before_withdraw_days", nullable = false)
    private int secondWarningBeforeWithdrawDays;

    @Column(name = "withdraw_after_days", nullable = false)
    private int withdrawAfterDays;

    @Column(name = "restore_window_days", nullable = false)
    private int restoreWindowDays;

    @Column(name = "link_validity_days", nullable = false)
    private int linkValidityDays;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected FreshnessSettings() {}

    /** Settings of a district, checked ({@link FreshnessIntervals#checked()}). */
    public FreshnessSettings(DistrictKey district, FreshnessIntervals intervals, Instant now) {
        this.districtKey = district.value();
        apply(intervals, now);
    }

    /** Replaces the intervals; they must be consistent. */
    public void change(FreshnessIntervals intervals, Instant now) {
        apply(intervals, now);
    }

    private void apply(FreshnessIntervals intervals, Instant now) {
        intervals.checked();
        this.enabled = intervals.enabled();
        this.firstReminderAfterDays = intervals.firstReminderAfterDays();
        this.reminderIntervalDays = intervals.reminderIntervalDays();
        this.maxReminders = intervals.maxReminders();
        this.flagAfterDays = intervals.flagAfterDays();
        this.firstWarningBeforeWithdrawDays = intervals.firstWarningBeforeWithdrawDays();
        this.secondWarningBeforeWithdrawDays = intervals.secondWarningBeforeWithdrawDays();
        this.withdrawAfterDays = intervals.withdrawAfterDays();
        this.restoreWindowDays = intervals.restoreWindowDays();
        this.linkValidityDays = intervals.linkValidityDays();
        this.updatedAt = now;
    }

    public FreshnessIntervals intervals() {
        return new FreshnessIntervals(enabled, firstReminderAfterDays, reminderIntervalDays, maxReminders,
                flagAfterDays, firstWarningBeforeWithdrawDays, secondWarningBeforeWithdrawDays, withdrawAfterDays,
                restoreWindowDays, linkValidityDays);
    }

    public DistrictKey district() {
        return DistrictKey.of(districtKey);
    }

    @Override
    public DistrictKey owningDistrict() {
        return district();
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public long version() {
        return version;
    }

    @Override
    public String toString() {
        return "FreshnessSettings[" + districtKey + "]";
    }
}
