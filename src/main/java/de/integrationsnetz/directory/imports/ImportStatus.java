package de.integrationsnetz.directory.imports;

/** Where an import job stands (docs/directory.md §7.2). */
public enum ImportStatus {
    UPLOADED, MAPPED, VALIDATING, VALIDATED, INVALID, COMMITTING, COMMITTED, FAILED, DISCARDED;

    /** Validation or commit runs in the background (the progress display polls only then). */
    public boolean isRunning() {
        return this == VALIDATING || this == COMMITTING;
    }
}
