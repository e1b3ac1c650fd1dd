package de.integrationsnetz.directory.workbench;

import de.integrationsnetz.directory.ContentLanguage;
import de.integrationsnetz.directory.translation.TranslationStatus;

/**
 * How many translatable fields (those with a German text) are current, outdated and missing in one language, for one
 * offer or summed over a list.
 */
public record LanguageCounts(ContentLanguage language, int current, int outdated, int missing) {

    /** The languages an offer is translated into: every content language but German, in their fixed order. */
    public static final java.util.List<ContentLanguage> TARGETS = java.util.Arrays.stream(ContentLanguage.values())
            .filter(language -> language != ContentLanguage.DE).toList();

    /** OUTDATED when any field is outdated, else MISSING when any is missing, else CURRENT. */
    public TranslationStatus status() {
        if (outdated > 0) {
            return TranslationStatus.OUTDATED;
        }
        return missing > 0 ? TranslationStatus.MISSING : TranslationStatus.CURRENT;
    }

    /** Fields that need work: outdated plus missing. */
    public int open() {
        return outdated + missing;
    }

    /** Whether the offer has fields in this status (CURRENT: whether every field is current). */
    public boolean matches(TranslationStatus wanted) {
        return switch (wanted) {
            case CURRENT -> open() == 0;
            case OUTDATED -> outdated > 0;
            case MISSING -> missing > 0;
        };
    }

    /** Whether current, outdated and missing fields are mixed (so that the counts say more than the status). */
    public boolean mixed() {
        return (current > 0 ? 1 : 0) + (outdated > 0 ? 1 : 0) + (missing > 0 ? 1 : 0) > 1;
    }

    LanguageCounts plus(LanguageCounts other) {
        return new LanguageCounts(language, current + other.current, outdated + other.outdated,
                missing + other.missing);
    }
}
