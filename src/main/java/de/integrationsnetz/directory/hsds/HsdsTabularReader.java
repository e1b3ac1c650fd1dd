package de.integrationsnetz.directory.hsds;

import de.integrationsnetz.directory.hsds.HsdsTables.Column;
import de.integrationsnetz.directory.hsds.HsdsTables.Table;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads an HSDS tabular package (a zip of CSVs; {@code datapackage.json} is optional, resources are recognised by
 * their file names, docs/directory.md §3.4) and nests the rows back into a bundle of {@code organizations} (with
 * phones, contacts, locations, attributes) and {@code services} (with phones, schedules, service areas,
 * service_at_locations with their locations, languages, cost options, contacts, attributes and
 * {@code x_translations}), which {@link HsdsMapping} maps onto the model. Cells are typed by the columns of
 * {@link HsdsTables}; unknown files and columns are ignored.
 */
public final class HsdsTabularReader {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final Map<String, List<Map<String, String>>> tables;
    private final Map<String, Map<String, List<Map<String, String>>>> indexes = new HashMap<>();

    private HsdsTabularReader(Map<String, List<Map<String, String>>> tables) {
        this.tables = tables;
    }

    /** The rows of every known CSV of the zip, by table name. */
    public static Map<String, List<Map<String, String>>> readZip(InputStream zip) {
        Map<String, List<Map<String, String>>> tables = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(zip, StandardCharsets.UTF_8)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                String file = entry.getName().substring(entry.getName().lastIndexOf('/') + 1);
                Optional<Table> table = HsdsTables.TABLES.stream().filter(t -> t.path().equals(file)).findFirst();
                if (table.isPresent()) {
                    tables.put(table.get().name(), rows(in));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return tables;
    }

    private static List<Map<String, String>> rows(InputStream csv) throws IOException {
        List<Map<String, String>> rows = new ArrayList<>();
        CSVParser parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).setIgnoreEmptyLines(true)
                .get().parse(new InputStreamReader(new NonClosing(csv), StandardCharsets.UTF_8));
        for (CSVRecord record : parser) {
            rows.add(new LinkedHashMap<>(record.toMap()));
        }
        return rows;
    }

    /** The bundle the tables describe. */
    public static ObjectNode bundle(Map<String, List<Map<String, String>>> tables) {
        return new HsdsTabularReader(tables).bundle();
    }

    private ObjectNode bundle() {
        ObjectNode bundle = NODES.objectNode();
        bundle.put("version", "3.0");
        ArrayNode organizations = bundle.putArray("organizations");
        for (Map<String, String> row : table("organizations")) {
            organizations.add(organization(row));
        }
        ArrayNode services = bundle.putArray("services");
        for (Map<String, String> row : table("services")) {
            services.add(service(row));
        }
        ArrayNode taxonomies = bundle.putArray("taxonomies");
        table("taxonomies").forEach(row -> taxonomies.add(typed("taxonomies", row)));
        ArrayNode terms = bundle.putArray("taxonomy_terms");
        table("taxonomy_terms").forEach(row -> terms.add(typed("taxonomy_terms", row)));
        return bundle;
    }

    private ObjectNode organization(Map<String, String> row) {
        String id = row.get("id");
        ObjectNode node = typed("organizations", row);
        node.remove("x_municipalities_served");
        ArrayNode served = node.putArray("x_municipalities_served");
        for (String ags : row.getOrDefault("x_municipalities_served", "").split("\\s+")) {
            if (!ags.isBlank()) {
                served.add(ags);
            }
        }
        array(node, "phones", "phones", "organization_id", id, phone -> blank(phone, "contact_id")
                && blank(phone, "service_id") && blank(phone, "location_id"));
        ArrayNode contacts = node.putArray("contacts");
        for (Map<String, String> contact : by("contacts", "organization_id", id)) {
            contacts.add(contact(contact));
        }
        ArrayNode locations = node.putArray("locations");
        for (Map<String, String> location : by("locations", "organization_id", id)) {
            if (!"true".equals(location.get("x_online_offer"))) {
                locations.add(location(location));
            }
        }
        array(node, "attributes", "attributes", "link_id", id, attribute -> true);
        return node;
    }

    private ObjectNode contact(Map<String, String> row) {
        ObjectNode node = typed("contacts", row);
        node.remove("x_service_ids");
        array(node, "phones", "phones", "contact_id", row.get("id"), phone -> true);
        return node;
    }

    private ObjectNode location(Map<String, String> row) {
        String id = row.get("id");
        ObjectNode node = typed("locations", row);
        array(node, "addresses", "addresses", "location_id", id, address -> true);
        array(node, "accessibility", "accessibility", "location_id", id, entry -> true);
        array(node, "attributes", "attributes", "link_id", id, attribute -> true);
        array(node, "phones", "phones", "location_id", id, phone -> true);
        return node;
    }

    private ObjectNode service(Map<String, String> row) {
        String id = row.get("id");
        ObjectNode node = typed("services", row);
        ObjectNode course = NODES.objectNode();
        for (String field : List.of("level", "start_date", "end_date", "registration_deadline")) {
            node.remove("x_course_" + field);
            if (!row.getOrDefault("x_course_" + field, "").isEmpty()) {
                course.put(field, row.get("x_course_" + field));
            }
        }
        for (String field : List.of("places_total", "places_free")) {
            node.remove("x_course_" + field);
            if (!row.getOrDefault("x_course_" + field, "").isEmpty()) {
                course.put(field, Integer.parseInt(row.get("x_course_" + field)));
            }
        }
        if (!course.isEmpty()) {
            node.set("x_course", course);
        }
        array(node, "phones", "phones", "service_id", id, phone -> blank(phone, "service_at_location_id"));
        array(node, "schedules", "schedules", "service_id", id, schedule -> blank(schedule, "service_at_location_id"));
        array(node, "service_areas", "service_areas", "service_id", id, area -> true);
        ArrayNode sites = node.putArray("service_at_locations");
        for (Map<String, String> site : by("service_at_location", "service_id", id)) {
            ObjectNode siteNode = typed("service_at_location", site);
            array(siteNode, "schedules", "schedules", "service_at_location_id", site.get("id"), schedule -> true);
            by("locations", "id", site.get("location_id")).stream().findFirst()
                    .ifPresent(location -> siteNode.set("location", location(location)));
            sites.add(siteNode);
        }
        array(node, "languages", "languages", "service_id", id, language -> true);
        array(node, "cost_options", "cost_options", "service_id", id, cost -> true);
        ArrayNode contacts = node.putArray("contacts");
        for (Map<String, String> contact : table("contacts")) {
            List<String> services = List.of(contact.getOrDefault("x_service_ids", "").split("\\s+"));
            if (id.equals(contact.get("service_id")) || services.contains(id)) {
                contacts.add(contact(contact).put("service_id", id));
            }
        }
        array(node, "attributes", "attributes", "link_id", id, attribute -> true);
        ObjectNode translations = NODES.objectNode();
        for (Map<String, String> translation : by("x_translations", "resource_id", id)) {
            ObjectNode language = translations.has(translation.get("language"))
                    ? (ObjectNode) translations.get(translation.get("language"))
                    : translations.putObject(translation.get("language"));
            ObjectNode field = language.putObject(translation.get("field"));
            field.put("text", translation.get("text"));
            field.put("status", translation.get("status"));
            field.put("machine", Boolean.parseBoolean(translation.get("machine")));
        }
        if (!translations.isEmpty()) {
            node.set("x_translations", translations);
        }
        return node;
    }

    // ---------------------------------------------------------------- helpers

    private void array(ObjectNode node, String name, String table, String column, String value,
            Predicate<Map<String, String>> filter) {
        ArrayNode array = node.putArray(name);
        by(table, column, value).stream().filter(filter).forEach(row -> array.add(typed(table, row)));
    }

    private List<Map<String, String>> table(String name) {
        return tables.getOrDefault(name, List.of());
    }

    private List<Map<String, String>> by(String table, String column, String value) {
        return indexes.computeIfAbsent(table + "." + column, key -> {
            Map<String, List<Map<String, String>>> index = new HashMap<>();
            for (Map<String, String> row : table(table)) {
                String cell = row.getOrDefault(column, "");
                if (!cell.isEmpty()) {
                    index.computeIfAbsent(cell, c -> new ArrayList<>()).add(row);
                }
            }
            return index;
        }).getOrDefault(value, List.of());
    }

    private static boolean blank(Map<String, String> row, String column) {
        return row.getOrDefault(column, "").isEmpty();
    }

    /** A row as a JSON object: its table's columns typed, empty cells left out, unknown columns as text. */
    private static ObjectNode typed(String table, Map<String, String> row) {
        Map<String, Column> columns = new HashMap<>();
        HsdsTables.table(table).ifPresent(definition -> definition.columns()
                .forEach(column -> columns.put(column.name(), column)));
        ObjectNode node = NODES.objectNode();
        row.forEach((name, value) -> {
            if (value == null || value.isEmpty()) {
                return;
            }
            Column column = columns.get(name);
            String type = column == null ? "string" : column.type();
            try {
                switch (type) {
                    case "number", "integer" -> {
                        BigDecimal number = new BigDecimal(value.strip());
                        if (number.scale() <= 0 && number.abs().compareTo(BigDecimal.valueOf(Integer.MAX_VALUE)) < 0) {
                            node.put(name, number.intValueExact());
                        } else {
                            node.put(name, number.doubleValue());
                        }
                    }
                    case "boolean" -> node.put(name, Boolean.parseBoolean(value.strip()));
                    default -> node.put(name, value);
                }
            } catch (NumberFormatException | ArithmeticException notANumber) {
                node.put(name, value);
            }
        });
        return node;
    }

    /** Lets the CSV parser read one zip entry without closing the zip. */
    private static final class NonClosing extends java.io.FilterInputStream {
        NonClosing(InputStream in) {
            super(in);
        }

        @Override
        public void close() {
            // the zip stays open for the next entry
        }
    }
}
