package de.integrationsnetz.directory.offer;

import de.integrationsnetz.directory.common.DirectoryRuleViolation;
import org.jspecify.annotations.Nullable;

/** Level of a language course on the Common European Framework of Reference (A1 to C2). */
public enum CourseLevel {
    A1, A2, B1, B2, C1, C2;

    /** The level for a code such as {@code "b1"}; blank gives {@code null}, anything else is a rule violation. */
    public static @Nullable CourseLevel parse(@Nullable String code) {
        if (code == null || code.isBlank()) {
            return null;
        }
        for (CourseLevel level : values()) {
            if (level.name().equalsIgnoreCase(code.strip())) {
                return level;
            }
        }
        throw new DirectoryRuleViolation("courseLevel", "directory.validation.offer.course-level",
                "Not a course level (A1 to C2): " + code);
    }
}
