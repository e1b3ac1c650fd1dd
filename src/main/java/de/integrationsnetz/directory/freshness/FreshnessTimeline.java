package de.integrationsnetz.directory.freshness;

import de.integrationsnetz.directory.OfferConfirmationRequested.Kind;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The §6.2 timeline as pure functions. A run sends only the most advanced notice that is due: after a pause (or a
 * node that was down) the offer gets the one mail that matters now, not every mail it missed.
 */
final class FreshnessTimeline {

    private FreshnessTimeline() {}

    /** One step of a cycle and when it is due. */
    record Step(Kind kind, int seq, Instant due) {}

    /** Every step of the cycle that started at {@code lastConfirmed}, in order. */
    static List<Step> steps(FreshnessIntervals intervals, Instant lastConfirmed) {
        List<Step> steps = new ArrayList<>();
        for (int seq = 1; seq <= intervals.reminderCount(); seq++) {
            steps.add(new Step(Kind.REMINDER, seq, intervals.reminderDue(lastConfirmed, seq)));
        }
        steps.add(new Step(Kind.FLAGGED, 1, intervals.flagDue(lastConfirmed)));
        steps.add(new Step(Kind.WARNING, 1, intervals.warningDue(lastConfirmed, 1)));
        steps.add(new Step(Kind.WARNING, 2, intervals.warningDue(lastConfirmed, 2)));
        steps.add(new Step(Kind.WITHDRAWN, 1, intervals.withdrawDue(lastConfirmed)));
        steps.sort(Comparator.comparing(Step::due));
        return steps;
    }

    /** The most advanced step due at {@code now}, or null when nothing is due yet. */
    static FreshnessRun.@Nullable Notice dueNotice(FreshnessIntervals intervals, Instant lastConfirmed, Instant now) {
        Step latest = null;
        for (Step step : steps(intervals, lastConfirmed)) {
            if (!step.due().isAfter(now)) {
                latest = step;
            }
        }
        return latest == null ? null : new FreshnessRun.Notice(latest.kind(), latest.seq());
    }

    /** The next step after {@code now}, or null when the cycle is over. */
    static @Nullable Step next(FreshnessIntervals intervals, Instant lastConfirmed, Instant now) {
        for (Step step : steps(intervals, lastConfirmed)) {
            if (step.due().isAfter(now)) {
                return step;
            }
        }
        return null;
    }
}
