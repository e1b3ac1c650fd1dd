package de.integrationsnetz.directory.imports;

import java.util.List;

/**
 * What a kind of import reports beyond the offer table's own checks: {@link ImportRunner} adds the problems of every
 * such bean to the validation report (warnings do not block; errors make the job INVALID). Runs in a read-only
 * transaction before anything is written.
 */
interface ImportChecks {

    List<ImportProblem> check(ImportJob job, Table table);
}
