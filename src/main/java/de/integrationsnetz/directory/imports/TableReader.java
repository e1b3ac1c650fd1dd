package de.integrationsnetz.directory.imports;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;

/**
 * Reads an uploaded file into a {@link Table}. XLSX: the first sheet, streamed with fastexcel-reader; numbers that
 * carry a date format come out as {@code dd.MM.yyyy}, whole numbers without a decimal point. CSV: UTF-8 (with or
 * without BOM), and Windows-1252 when the bytes are not valid UTF-8 (German Excel's "CSV"); the separator is the one
 * of {@code ;}, {@code ,} and tab that occurs most often in the header line. Blank rows are skipped.
 */
public final class TableReader {

    static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final DateTimeFormatter GERMAN_DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    private TableReader() {}

    public static Table read(FileKind kind, byte[] content) {
        if (content.length == 0) {
            throw new UnreadableFile("empty", "The file is empty");
        }
        if (kind == FileKind.HSDS) {
            throw new IllegalArgumentException("HSDS files are read by ImportTables");
        }
        Table table = kind == FileKind.XLSX ? readXlsx(content) : readCsv(content);
        if (table.headers().stream().allMatch(String::isBlank)) {
            throw new UnreadableFile("no-header", "The first line holds no column names");
        }
        return table;
    }

    /** The text of a CSV file: UTF-8 (a BOM is dropped) if it decodes strictly, otherwise Windows-1252. */
    public static String decode(byte[] content) {
        int offset = content.length >= 3 && (content[0] & 0xFF) == 0xEF && (content[1] & 0xFF) == 0xBB
                && (content[2] & 0xFF) == 0xBF ? 3 : 0;
        ByteBuffer bytes = ByteBuffer.wrap(content, offset, content.length - offset);
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(bytes).toString();
        } catch (CharacterCodingException notUtf8) {
            return new String(content, WINDOWS_1252);
        }
    }

    static char separator(String text) {
        int end = text.indexOf('\n');
        String header = end < 0 ? text : text.substring(0, end);
        long semicolons = header.chars().filter(c -> c == ';').count();
        long commas = header.chars().filter(c -> c == ',').count();
        long tabs = header.chars().filter(c -> c == '\t').count();
        if (tabs > semicolons && tabs > commas) {
            return '\t';
        }
        return commas > semicolons ? ',' : ';';
    }

    private static Table readCsv(byte[] content) {
        String text = decode(content);
        CSVFormat format = CSVFormat.RFC4180.builder().setDelimiter(separator(text)).setIgnoreEmptyLines(false)
                .setTrim(false).get();
        List<String> headers = null;
        List<Table.Row> rows = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            long line = 1;
            for (CSVRecord record : parser) {
                List<String> cells = record.toList().stream().map(TableReader::clean).toList();
                int recordLine = (int) line;
                line = parser.getCurrentLineNumber() + 1;
                if (headers == null) {
                    headers = cells;
                    continue;
                }
                Table.Row row = new Table.Row(recordLine, cells);
                if (!row.isBlank()) {
                    rows.add(row);
                }
            }
        } catch (IOException | RuntimeException broken) {
            throw new UnreadableFile("format", "Not a readable CSV file: " + broken.getMessage(), broken);
        }
        if (headers == null) {
            throw new UnreadableFile("empty", "The file has no lines");
        }
        return new Table(headers, rows);
    }

    private static Table readXlsx(byte[] content) {
        List<String> headers = null;
        List<Table.Row> rows = new ArrayList<>();
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(content));
                Stream<org.dhatim.fastexcel.reader.Row> sheet = workbook.getFirstSheet().openStream()) {
            for (org.dhatim.fastexcel.reader.Row source : (Iterable<org.dhatim.fastexcel.reader.Row>) sheet::iterator) {
                List<String> cells = new ArrayList<>();
                for (int i = 0; i < source.getCellCount(); i++) {
                    cells.add(text(source.getCell(i)));
                }
                if (headers == null) {
                    if (cells.stream().allMatch(String::isBlank)) {
                        continue;
                    }
                    headers = cells;
                    continue;
                }
                Table.Row row = new Table.Row(source.getRowNum(), cells);
                if (!row.isBlank()) {
                    rows.add(row);
                }
            }
        } catch (IOException | RuntimeException broken) {
            throw new UnreadableFile("format", "Not a readable XLSX file: " + broken.getMessage(), broken);
        }
        if (headers == null) {
            throw new UnreadableFile("empty", "The first sheet is empty");
        }
        return new Table(headers, rows);
    }

    private static String text(Cell cell) {
        if (cell == null || cell.getType() == CellType.EMPTY || cell.getType() == CellType.ERROR) {
            return "";
        }
        if (cell.getType() == CellType.NUMBER) {
            String format = cell.getDataFormatString();
            if (format != null && isDateFormat(format)) {
                LocalDateTime date = cell.asDate();
                return date.toLocalDate().format(GERMAN_DATE);
            }
            BigDecimal number = cell.asNumber();
            return number.stripTrailingZeros().scale() <= 0 ? number.toBigInteger().toString()
                    : number.stripTrailingZeros().toPlainString();
        }
        if (cell.getType() == CellType.BOOLEAN) {
            return Boolean.TRUE.equals(cell.asBoolean()) ? "true" : "false";
        }
        String raw = cell.getType() == CellType.FORMULA ? cell.getRawValue() : cell.asString();
        return clean(raw == null ? "" : raw);
    }

    private static boolean isDateFormat(String format) {
        String plain = format.replaceAll("\"[^\"]*\"", "").replaceAll("\\[[^]]*]", "").toLowerCase();
        return plain.contains("d") && plain.contains("y") || plain.contains("m") && plain.contains("y");
    }

    private static String clean(String value) {
        return value.replace('\u00A0', ' ').strip();
    }
}
