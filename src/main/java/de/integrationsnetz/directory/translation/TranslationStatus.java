package de.integrationsnetz.directory.translation;

/**
 * The state of a translation against its German source. Only CURRENT and OUTDATED are stored; MISSING means there is
 * no translation row.
 */
public enum TranslationStatus {
    /** Translated from the German text as it is now. */
    CURRENT,
    /** The German text changed after it was translated. */
    OUTDATED,
    /** Not translated. */
    MISSING
}
