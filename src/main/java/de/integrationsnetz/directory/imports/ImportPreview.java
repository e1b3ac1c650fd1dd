package de.integrationsnetz.directory.imports;

import java.util.List;
import java.util.Set;

/**
 * The mapping step's view of a job: the file's headers with the chosen target column of each, the first rows as they
 * are in the file, the problems the cells of those rows have with this mapping, and the mapping's own problems
 * (message keys, e.g. a required column that no file column feeds).
 */
public record ImportPreview(ImportJob job, List<String> headers, ColumnMapping mapping, List<Table.Row> rows,
        List<ImportProblem> problems, List<String> mappingProblems, Set<OfferColumn> duplicates) {

    public static final int ROWS = 10;

    public String target(int index) {
        return mapping.target(index).map(OfferColumn::key).orElse("");
    }

    public List<ImportProblem> problemsOf(int line) {
        return problems.stream().filter(problem -> problem.line() == line).toList();
    }
}
