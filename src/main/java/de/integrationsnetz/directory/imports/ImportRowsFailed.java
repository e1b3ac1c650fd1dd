package de.integrationsnetz.directory.imports;

import java.util.List;

/** A row failed while the job was being written: the transaction rolls back and no row remains. */
public class ImportRowsFailed extends RuntimeException {

    private final int line;
    private final List<ImportProblem> problems;

    public ImportRowsFailed(int line, List<ImportProblem> problems) {
        super("Row at line " + line + " failed: " + problems);
        this.line = line;
        this.problems = List.copyOf(problems);
    }

    public int line() {
        return line;
    }

    public List<ImportProblem> problems() {
        return problems;
    }
}
