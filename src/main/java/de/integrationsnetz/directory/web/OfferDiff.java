package de.integrationsnetz.directory.web;

import de.integrationsnetz.directory.offer.CourseDetails;
import de.integrationsnetz.directory.offer.OfferContent;
import de.integrationsnetz.directory.offer.OfferFlags;
import de.integrationsnetz.directory.offer.SiteData;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/** The fields a pending revision changes, with the published and the proposed value, for the reviewer. */
final class OfferDiff {

    /**
     * One changed field.
     *
     * @param label message key of the field's name
     * @param flag whether before and after are {@code "true"}/{@code "false"} (shown as yes/no)
     */
    record Change(String label, @Nullable String before, @Nullable String after, boolean flag) {}

    private OfferDiff() {}

    static List<Change> between(OfferContent current, OfferContent proposed, OfferLabels labels) {
        List<Change> changes = new ArrayList<>();
        text(changes, "directory.offer.name", current, proposed, OfferContent::name);
        text(changes, "directory.offer.description", current, proposed, OfferContent::description);
        text(changes, "directory.offer.fees-note", current, proposed, OfferContent::feesNote);
        text(changes, "directory.offer.eligibility-note", current, proposed, OfferContent::eligibilityNote);
        text(changes, "directory.offer.application-note", current, proposed, OfferContent::applicationNote);
        text(changes, "directory.offer.alert", current, proposed, OfferContent::alert);
        text(changes, "directory.offer.url", current, proposed, OfferContent::url);
        text(changes, "directory.email", current, proposed, OfferContent::email);
        text(changes, "directory.phone", current, proposed, OfferContent::phone);
        text(changes, "directory.offer.online-url", current, proposed, OfferContent::onlineUrl);
        OfferFlags a = current.flags();
        OfferFlags b = proposed.flags();
        flag(changes, "directory.offer.flag.free-of-charge", a.freeOfCharge(), b.freeOfCharge());
        flag(changes, "directory.offer.flag.registration-required", a.registrationRequired(), b.registrationRequired());
        flag(changes, "directory.offer.flag.appointment-required", a.appointmentRequired(), b.appointmentRequired());
        flag(changes, "directory.offer.flag.barrier-free", a.barrierFree(), b.barrierFree());
        flag(changes, "directory.offer.flag.low-threshold", a.lowThreshold(), b.lowThreshold());
        flag(changes, "directory.offer.flag.volunteer-run", a.volunteerRun(), b.volunteerRun());
        flag(changes, "directory.offer.flag.online", a.online(), b.online());
        flag(changes, "directory.offer.flag.by-phone", a.byPhone(), b.byPhone());
        flag(changes, "directory.offer.whole-district", current.wholeDistrict(), proposed.wholeDistrict());
        text(changes, "directory.offer.min-age", current, proposed, c -> str(c.minAge()));
        text(changes, "directory.offer.max-age", current, proposed, c -> str(c.maxAge()));
        text(changes, "directory.offer.valid-from", current, proposed, c -> str(c.validFrom()));
        text(changes, "directory.offer.valid-until", current, proposed, c -> str(c.validUntil()));
        CourseDetails x = current.course();
        CourseDetails y = proposed.course();
        value(changes, "directory.offer.course-level", str(x.level()), str(y.level()));
        value(changes, "directory.offer.course-start", str(x.start()), str(y.start()));
        value(changes, "directory.offer.course-end", str(x.end()), str(y.end()));
        value(changes, "directory.offer.places-total", str(x.placesTotal()), str(y.placesTotal()));
        value(changes, "directory.offer.places-free", str(x.placesFree()), str(y.placesFree()));
        value(changes, "directory.offer.registration-deadline", str(x.registrationDeadline()),
                str(y.registrationDeadline()));
        value(changes, "directory.offer.classifications", labels.joinTerms(current.classifications()),
                labels.joinTerms(proposed.classifications()));
        value(changes, "directory.offer.languages", labels.joinLanguages(current.languages()),
                labels.joinLanguages(proposed.languages()));
        value(changes, "directory.offer.service-areas", labels.joinMunicipalities(current.serviceAreas()),
                labels.joinMunicipalities(proposed.serviceAreas()));
        value(changes, "directory.offer.sites", labels.joinLocations(locations(current)),
                labels.joinLocations(locations(proposed)));
        value(changes, "directory.offer.contacts", labels.joinContacts(current.contacts()),
                labels.joinContacts(proposed.contacts()));
        value(changes, "directory.offer.schedules", labels.joinSchedules(current.schedules()),
                labels.joinSchedules(proposed.schedules()));
        return changes;
    }

    private static List<java.util.UUID> locations(OfferContent content) {
        return content.sites().stream().map(SiteData::locationId).toList();
    }

    private static void text(List<Change> changes, String label, OfferContent current, OfferContent proposed,
            Function<OfferContent, @Nullable String> field) {
        value(changes, label, field.apply(current), field.apply(proposed));
    }

    private static void value(List<Change> changes, String label, @Nullable String before, @Nullable String after) {
        String b = before == null || before.isEmpty() ? null : before;
        String a = after == null || after.isEmpty() ? null : after;
        if (!Objects.equals(b, a)) {
            changes.add(new Change(label, b, a, false));
        }
    }

    private static void flag(List<Change> changes, String label, boolean before, boolean after) {
        if (before != after) {
            changes.add(new Change(label, String.valueOf(before), String.valueOf(after), true));
        }
    }

    private static @Nullable String str(@Nullable Object value) {
        return value == null ? null : value.toString();
    }
}
