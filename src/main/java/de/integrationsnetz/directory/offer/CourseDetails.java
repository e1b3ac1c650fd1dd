package de.integrationsnetz.directory.offer;

import de.integrationsnetz.directory.common.DirectoryRuleViolation;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * The course data of an offer that is a course (e.g. an integration course): language level, start and end, places
 * and the registration deadline. Invariants: places are not negative, free places do not exceed the total, the end
 * is not before the start, the registration deadline is not after the end.
 */
public record CourseDetails(@Nullable CourseLevel level, @Nullable LocalDate start, @Nullable LocalDate end,
        @Nullable Integer placesTotal, @Nullable Integer placesFree, @Nullable LocalDate registrationDeadline) {

    public static final CourseDetails NONE = new CourseDetails(null, null, null, null, null, null);

    public CourseDetails {
        if (placesTotal != null && placesTotal < 0) {
            throw new DirectoryRuleViolation("placesTotal", "directory.validation.offer.places-negative",
                    "Places must not be negative");
        }
        if (placesFree != null && placesFree < 0) {
            throw new DirectoryRuleViolation("placesFree", "directory.validation.offer.places-negative",
                    "Free places must not be negative");
        }
        if (placesFree != null && placesTotal != null && placesFree > placesTotal) {
            throw new DirectoryRuleViolation("placesFree", "directory.validation.offer.places-free",
                    "More free places (" + placesFree + ") than places (" + placesTotal + ")");
        }
        if (start != null && end != null && end.isBefore(start)) {
            throw new DirectoryRuleViolation("courseEnd", "directory.validation.offer.course-end",
                    "The course ends before it starts");
        }
        if (registrationDeadline != null && end != null && registrationDeadline.isAfter(end)) {
            throw new DirectoryRuleViolation("registrationDeadline", "directory.validation.offer.deadline",
                    "The registration deadline is after the course end");
        }
    }

    public boolean isEmpty() {
        return level == null && start == null && end == null && placesTotal == null && placesFree == null
                && registrationDeadline == null;
    }
}
