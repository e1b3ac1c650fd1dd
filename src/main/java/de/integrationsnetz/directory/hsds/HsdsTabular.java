package de.integrationsnetz.directory.hsds;

import de.integrationsnetz.directory.hsds.HsdsTables.Column;
import de.integrationsnetz.directory.hsds.HsdsTables.Table;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Turns an HSDS bundle ({@code organizations}, {@code services}, {@code taxonomies}, {@code taxonomy_terms}) into the
 * tables of the tabular data package and writes them as a zip (docs/directory.md §3.5): one CSV per
 * {@link HsdsTables#TABLES table} (UTF-8 without BOM, comma, RFC 4180 quoting, booleans {@code true/false}, dates
 * ISO) and {@code datapackage.json} listing them with their fields, primary and foreign keys.
 *
 * <p>Each object appears once per table (by id): a contact person is written once, with the organisation's id;
 * since HSDS has only one {@code service_id} per contact, the services the person is named for are listed in our
 * column {@code x_service_ids} (space-separated). {@link HsdsTabularReader} turns the tables back into a bundle.
 */
public final class HsdsTabular {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final CSVFormat CSV = CSVFormat.RFC4180.builder().setRecordSeparator("\r\n").get();

    /** Foreign keys: table → (column → referenced table). */
    static final Map<String, Map<String, String>> FOREIGN_KEYS = Map.ofEntries(
            Map.entry("services", Map.of("organization_id", "organizations")),
            Map.entry("locations", Map.of("organization_id", "organizations")),
            Map.entry("service_at_location", Map.of("service_id", "services", "location_id", "locations")),
            Map.entry("addresses", Map.of("location_id", "locations")),
            Map.entry("phones", Map.of("organization_id", "organizations", "service_id", "services",
                    "contact_id", "contacts", "location_id", "locations")),
            Map.entry("contacts", Map.of("organization_id", "organizations")),
            Map.entry("schedules", Map.of("service_id", "services", "service_at_location_id", "service_at_location")),
            Map.entry("service_areas", Map.of("service_id", "services")),
            Map.entry("languages", Map.of("service_id", "services")),
            Map.entry("attributes", Map.of("taxonomy_term_id", "taxonomy_terms")),
            Map.entry("taxonomy_terms", Map.of("taxonomy_id", "taxonomies")),
            Map.entry("cost_options", Map.of("service_id", "services")),
            Map.entry("accessibility", Map.of("location_id", "locations")));

    private final Map<String, Map<String, Map<String, String>>> rows = new LinkedHashMap<>();

    private HsdsTabular() {
        HsdsTables.TABLES.forEach(table -> rows.put(table.name(), new LinkedHashMap<>()));
    }

    /** The rows of every table, by id (x_translations by a synthetic key), for a bundle. */
    public static HsdsTabular of(JsonNode bundle) {
        HsdsTabular tabular = new HsdsTabular();
        bundle.path("taxonomies").values().forEach(node -> tabular.add("taxonomies", node));
        bundle.path("taxonomy_terms").values().forEach(tabular::term);
        bundle.path("organizations").values().forEach(tabular::organization);
        bundle.path("services").values().forEach(tabular::service);
        return tabular;
    }

    public Map<String, Map<String, String>> rows(String table) {
        return rows.get(table);
    }

    private void term(JsonNode node) {
        Map<String, String> row = add("taxonomy_terms", node);
        node.path("x_labels").properties().forEach(label -> row.put("x_label_" + label.getKey(),
                label.getValue().asString()));
    }

    private void organization(JsonNode node) {
        Map<String, String> row = add("organizations", node);
        List<String> served = node.path("x_municipalities_served").values().stream().map(JsonNode::asString).toList();
        row.put("x_municipalities_served", String.join(" ", served));
        node.path("phones").values().forEach(phone -> add("phones", phone));
        node.path("contacts").values().forEach(this::contact);
        node.path("locations").values().forEach(this::location);
        node.path("attributes").values().forEach(attribute -> add("attributes", attribute));
    }

    private void contact(JsonNode node) {
        String id = node.path("id").asString();
        Map<String, String> existing = rows.get("contacts").get(id);
        if (existing == null) {
            existing = add("contacts", node);
            existing.remove("service_id");
            node.path("phones").values().forEach(phone -> add("phones", phone));
        }
        // HSDS has one service_id per contact; the services a person is named for go into x_service_ids
        String service = node.path("service_id").asString("");
        if (!service.isEmpty()) {
            String services = existing.getOrDefault("x_service_ids", "");
            existing.put("x_service_ids", services.isEmpty() ? service : services + " " + service);
        }
    }

    private void location(JsonNode node) {
        if (rows.get("locations").containsKey(node.path("id").asString())) {
            return;
        }
        add("locations", node);
        node.path("addresses").values().forEach(address -> add("addresses", address));
        node.path("accessibility").values().forEach(entry -> add("accessibility", entry));
        node.path("attributes").values().forEach(attribute -> add("attributes", attribute));
        node.path("phones").values().forEach(phone -> add("phones", phone));
    }

    private void service(JsonNode node) {
        Map<String, String> row = add("services", node);
        JsonNode course = node.path("x_course");
        course.properties().forEach(entry -> row.put("x_course_" + entry.getKey(), text(entry.getValue())));
        node.path("phones").values().forEach(phone -> add("phones", phone));
        node.path("schedules").values().forEach(schedule -> add("schedules", schedule));
        node.path("service_areas").values().forEach(area -> add("service_areas", area));
        for (JsonNode site : node.path("service_at_locations").values()) {
            add("service_at_location", site);
            site.path("schedules").values().forEach(schedule -> add("schedules", schedule));
            if (site.has("location")) {
                location(site.path("location"));
            }
        }
        node.path("languages").values().forEach(language -> add("languages", language));
        node.path("cost_options").values().forEach(cost -> add("cost_options", cost));
        node.path("contacts").values().forEach(this::contact);
        node.path("attributes").values().forEach(attribute -> add("attributes", attribute));
        String id = node.path("id").asString();
        node.path("x_translations").properties().forEach(language -> language.getValue().properties()
                .forEach(field -> {
                    Map<String, String> translation = new LinkedHashMap<>();
                    translation.put("resource_type", "service");
                    translation.put("resource_id", id);
                    translation.put("field", field.getKey());
                    translation.put("language", language.getKey());
                    translation.put("text", text(field.getValue().path("text")));
                    translation.put("status", text(field.getValue().path("status")));
                    translation.put("machine", text(field.getValue().path("machine")));
                    rows.get("x_translations").put(id + "/" + field.getKey() + "/" + language.getKey(), translation);
                }));
    }

    private Map<String, String> add(String table, JsonNode node) {
        Table definition = HsdsTables.table(table).orElseThrow();
        Map<String, String> row = new LinkedHashMap<>();
        for (Column column : definition.columns()) {
            JsonNode value = node.path(column.name());
            if (value.isValueNode() && !value.isNull()) {
                row.put(column.name(), text(value));
            }
        }
        rows.get(table).putIfAbsent(node.path("id").asString(), row);
        return rows.get(table).get(node.path("id").asString());
    }

    private static String text(JsonNode value) {
        return value.isMissingNode() || value.isNull() ? "" : value.asString();
    }

    // ---------------------------------------------------------------- writing

    /** Writes the zip: every table as CSV (a header even when empty) and datapackage.json. */
    public void writeZip(OutputStream out, String packageName) {
        try {
            ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
            for (Table table : HsdsTables.TABLES) {
                zip.putNextEntry(new ZipEntry(table.path()));
                Writer writer = new OutputStreamWriter(zip, StandardCharsets.UTF_8);
                CSVPrinter printer = new CSVPrinter(writer, CSV);
                printer.printRecord(table.header());
                for (Map<String, String> row : rows.get(table.name()).values()) {
                    printer.printRecord(table.header().stream().map(column -> row.getOrDefault(column, "")).toList());
                }
                printer.flush();
                zip.closeEntry();
            }
            zip.putNextEntry(new ZipEntry("datapackage.json"));
            zip.write(JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(datapackage(packageName)));
            zip.closeEntry();
            zip.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The package descriptor (Frictionless tabular data package) of every table. */
    public static ObjectNode datapackage(String packageName) {
        JsonNodeFactory nodes = JsonNodeFactory.instance;
        ObjectNode descriptor = nodes.objectNode();
        descriptor.put("name", packageName);
        descriptor.put("title", "Integrationsnetz Sachsen – HSDS 3.0");
        descriptor.put("profile", "tabular-data-package");
        descriptor.put("hsds_version", "3.0");
        ArrayNode resources = descriptor.putArray("resources");
        for (Table table : HsdsTables.TABLES) {
            ObjectNode resource = resources.addObject();
            resource.put("name", table.name());
            resource.put("path", table.path());
            resource.put("profile", "tabular-data-resource");
            resource.put("format", "csv");
            resource.put("mediatype", "text/csv");
            resource.put("encoding", "utf-8");
            ObjectNode schema = resource.putObject("schema");
            ArrayNode fields = schema.putArray("fields");
            for (Column column : table.columns()) {
                ObjectNode field = fields.addObject();
                field.put("name", column.name());
                field.put("type", column.type());
                if (column.format() != null) {
                    field.put("format", column.format());
                }
                if (column.required()) {
                    field.putObject("constraints").put("required", true);
                }
            }
            if (table != HsdsTables.TRANSLATIONS) {
                schema.put("primaryKey", "id");
            }
            Map<String, String> keys = FOREIGN_KEYS.getOrDefault(table.name(), Map.of());
            if (!keys.isEmpty()) {
                ArrayNode foreignKeys = schema.putArray("foreignKeys");
                new java.util.TreeMap<>(keys).forEach((column, target) -> {
                    ObjectNode key = foreignKeys.addObject();
                    key.put("fields", column);
                    ObjectNode reference = key.putObject("reference");
                    reference.put("resource", target);
                    reference.put("fields", "id");
                });
            }
        }
        return descriptor;
    }
}
