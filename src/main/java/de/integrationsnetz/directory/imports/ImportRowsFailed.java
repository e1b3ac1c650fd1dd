package de.integrationsnetz.directory.imports;

import java.util.List;

/** A row failed while the job was being written: the transaction rolls back and no row remains. */
class ImportRowsFailed extends RuntimeException {

    private final int line;
    private final List<ImportProblem> problems;

    ImportRowsFailed(int line, List<ImportProblem> problems) {
        super("Row at line " + line + " failed: " + problems);
        this.line = line;
        this.problems = List.copyOf(problems);
    }

    int line() {
        return line;
    }

    List<ImportProblem> problems() {
        return problems;
    }
}
