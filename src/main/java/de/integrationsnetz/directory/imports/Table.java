package de.integrationsnetz.directory.imports;

import java.util.List;

/**
 * A read file: its header cells and its data rows, each with the line it came from (the spreadsheet's row number or
 * the CSV record's first line, counting the header as line 1), so that a report names the line the user sees.
 */
public record Table(List<String> headers, List<Row> rows) {

    public Table {
        headers = List.copyOf(headers);
        rows = List.copyOf(rows);
    }

    /** One data row; cells beyond the row's end read as empty. */
    public record Row(int line, List<String> cells) {

        public Row {
            cells = List.copyOf(cells);
        }

        public String cell(int index) {
            return index < cells.size() ? cells.get(index) : "";
        }

        public boolean isBlank() {
            return cells.stream().allMatch(String::isBlank);
        }
    }
}
