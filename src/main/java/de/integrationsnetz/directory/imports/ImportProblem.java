package de.integrationsnetz.directory.imports;

import org.jspecify.annotations.Nullable;

/**
 * One line of an import report: the file's line, the column (an {@link OfferColumn#key()}, or {@code row} for the
 * row as a whole), a reason code (message key {@code directory.import.error.<code>}) and the offending value. A
 * warning does not block the import (e.g. a possible duplicate).
 */
public record ImportProblem(int line, String field, String code, @Nullable String value, boolean warning) {

    static final int VALUE_MAX = 500;

    public ImportProblem {
        if (value != null && value.length() > VALUE_MAX) {
            value = value.substring(0, VALUE_MAX - 1) + "…";
        }
    }

    static ImportProblem error(int line, OfferColumn column, String code, @Nullable String value) {
        return new ImportProblem(line, column.key(), code, value, false);
    }

    static ImportProblem warning(int line, OfferColumn column, String code, @Nullable String value) {
        return new ImportProblem(line, column.key(), code, value, true);
    }

    /** The message key of the reason. */
    public String messageKey() {
        return "directory.import.error." + code;
    }

    /** The message key of the column's label ({@code row} has its own). */
    public String fieldKey() {
        return "directory.import.column." + field;
    }
}
