package de.integrationsnetz.directory.exports;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * Writes a table (header + rows of texts) as XLSX (fastexcel, streamed; header bold and frozen, every cell text, so
 * that postal codes and ids keep their form) or as CSV for German Excel (UTF-8 with BOM, {@code ;}, CRLF).
 */
public final class TableWriter {

    private TableWriter() {}

    public static void xlsx(String sheetName, List<String> headers, Iterable<List<String>> rows, OutputStream out) {
        try {
            Workbook workbook = new Workbook(out, "Integrationsnetz", "1.0");
            Worksheet sheet = workbook.newWorksheet(sheetName);
            for (int c = 0; c < headers.size(); c++) {
                sheet.value(0, c, headers.get(c));
                sheet.style(0, c).bold().set();
            }
            sheet.freezePane(0, 1);
            int r = 1;
            for (List<String> row : rows) {
                for (int c = 0; c < row.size(); c++) {
                    String value = row.get(c);
                    if (value != null && !value.isEmpty()) {
                        sheet.value(r, c, value);
                    }
                }
                r++;
                if (r % 1000 == 0) {
                    sheet.flush();
                }
            }
            workbook.finish();
        } catch (IOException broken) {
            throw new UncheckedIOException(broken);
        }
    }

    public static void csv(List<String> headers, Iterable<List<String>> rows, OutputStream out) {
        try {
            out.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
            Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            CSVPrinter printer = new CSVPrinter(writer, CSVFormat.EXCEL.builder().setDelimiter(';')
                    .setRecordSeparator("\r\n").get());
            printer.printRecord(headers);
            for (List<String> row : rows) {
                printer.printRecord(row);
            }
            printer.flush();
        } catch (IOException broken) {
            throw new UncheckedIOException(broken);
        }
    }
}
