package de.integrationsnetz.geography.reference;

import de.integrationsnetz.shared.DistrictKey;
import de.integrationsnetz.shared.MunicipalityKey;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Copies the bundled reference data ({@code reference-data/saxony/*.csv}) into the {@code geography} schema. The
 * files' SHA-256 checksum is stored with the rows: when it is unchanged, nothing is written; when it differs (new
 * files in a release, or a new {@link #FORMAT}), every table is replaced in one transaction. A transaction-scoped
 * advisory lock keeps several nodes that start at the same time from loading twice.
 */
@Component
class ReferenceDataLoader {

    private static final Logger log = LoggerFactory.getLogger(ReferenceDataLoader.class);

    static final String DATASET = "saxony";
    static final String LOCATION = "reference-data/saxony/";
    /** Raise when the mapping of files to tables changes, so that existing databases load again. */
    static final int FORMAT = 1;
    private static final long LOCK_KEY = 0x6765_6f67_7261_7068L; // "geograph"

    static final String DISTRICTS = "districts.csv";
    static final String MUNICIPALITIES = "municipalities.csv";
    static final String POSTAL_CODES = "postal_codes.csv";
    static final String MUNICIPALITY_POSTAL_CODES = "municipality_postal_codes.csv";
    private static final List<String> FILES = List.of(DISTRICTS, MUNICIPALITIES, POSTAL_CODES, MUNICIPALITY_POSTAL_CODES);
    private static final Map<String, List<String>> REQUIRED_HEADERS = Map.of(
            DISTRICTS, List.of("ars", "name", "name_short", "type", "seat", "nuts3", "municipality_count", "population",
                    "area_km2"),
            MUNICIPALITIES, List.of("ags", "ars", "name", "name_short", "municipality_type", "district_ars",
                    "verband_ars", "verband_name", "verband_type", "population", "area_km2", "postal_code",
                    "postal_code_unique", "lat", "lon"),
            POSTAL_CODES, List.of("plz", "name", "state_code", "district_ars", "lat", "lon"),
            MUNICIPALITY_POSTAL_CODES, List.of("ags", "plz", "osm_name", "osm_id"));

    private static final Pattern PLZ = Pattern.compile("\\d{5}");
    private static final CSVFormat CSV = CSVFormat.RFC4180.builder()
            .setHeader()
            .setSkipHeaderRecord(true)
            .get();

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;

    ReferenceDataLoader(JdbcTemplate jdbc, PlatformTransactionManager transactionManager) {
        this.jdbc = jdbc;
        this.transaction = new TransactionTemplate(transactionManager);
    }

    /** Loads the files unless the database already holds exactly these files. */
    ReferenceDataLoad loadIfChanged() {
        return load(false);
    }

    /** Replaces the tables' content with the files, whatever the stored checksum says. */
    ReferenceDataLoad reload() {
        return load(true);
    }

    private ReferenceDataLoad load(boolean force) {
        long started = System.nanoTime();
        Map<String, byte[]> files = readFiles();
        String checksum = checksum(files);
        ReferenceDataLoad result = transaction.execute(status -> {
            jdbc.execute("select pg_advisory_xact_lock(" + LOCK_KEY + ")");
            List<String> stored = jdbc.queryForList("select checksum from geography.reference_data where dataset = ?",
                    String.class, DATASET);
            if (!force && stored.size() == 1 && stored.get(0).equals(checksum)) {
                return new ReferenceDataLoad(checksum, false, Map.of());
            }
            Map<String, Integer> counts = replaceTables(files);
            String rowCounts = counts.toString();
            jdbc.update("""
                    insert into geography.reference_data (dataset, checksum, row_counts, loaded_at) values (?, ?, ?, now())
                    on conflict (dataset) do update
                    set checksum = excluded.checksum, row_counts = excluded.row_counts, loaded_at = excluded.loaded_at
                    """, DATASET, checksum, rowCounts);
            return new ReferenceDataLoad(checksum, true, counts);
        });
        long millis = (System.nanoTime() - started) / 1_000_000;
        if (result.loaded()) {
            log.info("Loaded geography reference data {} in {} ms: {}", checksum.substring(0, 12), millis, result.rowCounts());
        } else {
            log.debug("Geography reference data {} is up to date ({} ms)", checksum.substring(0, 12), millis);
        }
        return result;
    }

    private Map<String, Integer> replaceTables(Map<String, byte[]> files) {
        jdbc.update("delete from geography.municipality_postal_codes");
        jdbc.update("delete from geography.municipalities");
        jdbc.update("delete from geography.districts");
        jdbc.update("delete from geography.postal_codes");

        Map<String, Integer> counts = new LinkedHashMap<>();
        counts.put("districts", insert(files, DISTRICTS, "geography.districts",
                columns("ars varchar", "name varchar", "short_name varchar", "type varchar", "seat varchar",
                        "nuts3 varchar", "municipality_count int4", "population int8", "area_km2 numeric"),
                row -> new Object[] {
                DistrictKey.of(row.get("ars")).value(), text(row, "name"), text(row, "name_short"), text(row, "type"),
                text(row, "seat"), text(row, "nuts3"), Integer.parseInt(row.get("municipality_count")),
                Long.parseLong(row.get("population")), new BigDecimal(row.get("area_km2"))}));
        counts.put("municipalities", insert(files, MUNICIPALITIES, "geography.municipalities",
                columns("ags varchar", "ars varchar", "name varchar", "short_name varchar", "type varchar",
                        "district_ars varchar", "verband_ars varchar", "verband_name varchar", "verband_type varchar",
                        "population int8", "area_km2 numeric", "postal_code varchar", "postal_code_unique bool",
                        "latitude float8", "longitude float8"),
                row -> new Object[] {
                MunicipalityKey.of(row.get("ags")).value(), text(row, "ars"), text(row, "name"), text(row, "name_short"),
                text(row, "municipality_type"), DistrictKey.of(row.get("district_ars")).value(), text(row, "verband_ars"),
                text(row, "verband_name"), text(row, "verband_type"), Long.parseLong(row.get("population")),
                new BigDecimal(row.get("area_km2")), plz(row, "postal_code"),
                Boolean.parseBoolean(row.get("postal_code_unique")), latitude(row), longitude(row)}));
        counts.put("postal_codes", insert(files, POSTAL_CODES, "geography.postal_codes",
                columns("id int4", "plz varchar", "name varchar", "state_code varchar", "district_ars varchar",
                        "latitude float8", "longitude float8"),
                row -> new Object[] {
                (int) row.getRecordNumber(), plz(row, "plz"), text(row, "name"), text(row, "state_code"),
                DistrictKey.of(row.get("district_ars")).value(), latitude(row), longitude(row)}));
        counts.put("municipality_postal_codes", insert(files, MUNICIPALITY_POSTAL_CODES,
                "geography.municipality_postal_codes", columns("ags varchar", "plz varchar", "osm_name varchar",
                        "osm_id int8"),
                row -> new Object[] {MunicipalityKey.of(row.get("ags")).value(), plz(row, "plz"), text(row, "osm_name"),
                        Long.parseLong(row.get("osm_id"))}));
        return counts;
    }

    private int insert(Map<String, byte[]> files, String file, String table, List<Column> columns,
            Function<CSVRecord, Object[]> values) {
        List<Object[]> rows = new ArrayList<>();
        try (Reader reader = new InputStreamReader(new ByteArrayInputStream(files.get(file)), StandardCharsets.UTF_8);
                CSVParser parser = CSV.parse(reader)) {
            List<String> missing = new ArrayList<>(REQUIRED_HEADERS.get(file));
            missing.removeAll(parser.getHeaderNames());
            if (!missing.isEmpty()) {
                throw new IllegalStateException(LOCATION + file + " lacks the columns " + missing);
            }
            for (CSVRecord row : parser) {
                try {
                    rows.add(values.apply(row));
                } catch (RuntimeException e) {
                    throw new IllegalStateException("Bad row " + row.getRecordNumber() + " in " + LOCATION + file + ": "
                            + e.getMessage(), e);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + LOCATION + file, e);
        }
        // One statement per table: each column goes to the server as one array and unnest() turns them into rows.
        // That is an order of magnitude faster than a JDBC batch of single-row inserts (16,477 postal code rows).
        String names = String.join(", ", columns.stream().map(Column::name).toList());
        String parameters = String.join(", ", columns.stream().map(column -> "?").toList());
        String sql = "insert into " + table + " (" + names + ") select * from unnest(" + parameters + ")";
        jdbc.execute((Connection connection) -> {
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                for (int c = 0; c < columns.size(); c++) {
                    Object[] column = new Object[rows.size()];
                    for (int r = 0; r < rows.size(); r++) {
                        column[r] = rows.get(r)[c];
                    }
                    statement.setArray(c + 1, connection.createArrayOf(columns.get(c).type(), column));
                }
                return statement.executeUpdate();
            }
        });
        return rows.size();
    }

    private static List<Column> columns(String... definitions) {
        return Arrays.stream(definitions).map(definition -> {
            String[] parts = definition.split(" ");
            return new Column(parts[0], parts[1]);
        }).toList();
    }

    private record Column(String name, String type) {}

    private static String text(CSVRecord row, String column) {
        String value = row.get(column);
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("column " + column + " is empty");
        }
        return value.strip();
    }

    private static String plz(CSVRecord row, String column) {
        String value = row.get(column);
        if (!PLZ.matcher(value).matches()) {
            throw new IllegalArgumentException("column " + column + " is not a 5-digit postal code: " + value);
        }
        return value;
    }

    private static double latitude(CSVRecord row) {
        return coordinate(row, "lat", 90);
    }

    private static double longitude(CSVRecord row) {
        return coordinate(row, "lon", 180);
    }

    private static double coordinate(CSVRecord row, String column, double limit) {
        double value = Double.parseDouble(row.get(column));
        if (Double.isNaN(value) || Math.abs(value) > limit) {
            throw new IllegalArgumentException("column " + column + " is out of range: " + value);
        }
        return value;
    }

    private static Map<String, byte[]> readFiles() {
        Map<String, byte[]> files = new LinkedHashMap<>();
        for (String file : FILES) {
            try (InputStream in = new ClassPathResource(LOCATION + file).getInputStream()) {
                files.put(file, in.readAllBytes());
            } catch (IOException e) {
                throw new UncheckedIOException("Missing bundled reference data " + LOCATION + file, e);
            }
        }
        return files;
    }

    private static String checksum(Map<String, byte[]> files) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(("format " + FORMAT + "\n").getBytes(StandardCharsets.UTF_8));
            files.forEach((name, content) -> {
                digest.update((name + " " + content.length + "\n").getBytes(StandardCharsets.UTF_8));
                digest.update(content);
            });
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
