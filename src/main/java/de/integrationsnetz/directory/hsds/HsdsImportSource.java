package de.integrationsnetz.directory.hsds;

import de.integrationsnetz.directory.hsds.HsdsMapping.MappedOrganisation;
import de.integrationsnetz.directory.hsds.HsdsMapping.MappedService;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * What an HSDS file holds, mapped onto the model (docs/directory.md §3.4): every shape the import accepts — a single
 * service or organization, an array of them, a Page envelope ({@code contents}), our bundle, a
 * service_at_location with its {@code service}, or a tabular zip — is read into organisations and services with their
 * warnings. Nested objects count too (an organisation's {@code services}, a service's {@code organization}); each id
 * is taken once, the first full occurrence wins. Pure: the import pipeline (S9) checks districts and ids and writes.
 */
public final class HsdsImportSource {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** The organisations and services of a file, in file order. */
    public record Contents(List<MappedOrganisation> organisations, List<MappedService> services) {

        public List<String> warnings() {
            List<String> warnings = new ArrayList<>();
            organisations.forEach(organisation -> warnings.addAll(organisation.warnings()));
            services.forEach(service -> warnings.addAll(service.warnings()));
            return warnings;
        }
    }

    private final HsdsMapping mapping;
    private final Map<UUID, MappedOrganisation> organisations = new LinkedHashMap<>();
    private final Map<UUID, MappedService> services = new LinkedHashMap<>();

    private HsdsImportSource(HsdsMapping mapping) {
        this.mapping = mapping;
    }

    /**
     * Reads a file: a zip (by its signature) as a tabular package, anything else as JSON.
     *
     * @throws IllegalArgumentException when the file is neither a zip nor JSON, or an object has no id
     */
    public static Contents read(byte[] file, HsdsMapping mapping) {
        JsonNode root;
        if (file.length >= 4 && file[0] == 'P' && file[1] == 'K' && file[2] == 3 && file[3] == 4) {
            root = HsdsTabularReader.bundle(HsdsTabularReader.readZip(new ByteArrayInputStream(file)));
        } else {
            try {
                root = JSON.readTree(file);
            } catch (RuntimeException malformed) {
                throw new IllegalArgumentException("Not JSON and not a zip: " + malformed.getMessage(), malformed);
            }
        }
        return read(root, mapping);
    }

    public static Contents read(JsonNode root, HsdsMapping mapping) {
        HsdsImportSource source = new HsdsImportSource(mapping);
        source.visit(root);
        return new Contents(List.copyOf(source.organisations.values()), List.copyOf(source.services.values()));
    }

    private void visit(JsonNode node) {
        if (node.isArray()) {
            node.values().forEach(this::visit);
        } else if (!node.isObject()) {
            throw new IllegalArgumentException("Expected an HSDS object or array, found " + node.getNodeType());
        } else if (node.has("contents")) {
            visit(node.path("contents"));
        } else if ((node.has("services") && !node.has("id")) || node.has("organizations")) {
            visit(node.path("organizations"));
            visit(node.path("services"));
        } else if (node.has("service") && node.has("location") && !node.has("status")) {
            visit(node.path("service"));
        } else if (node.has("status")) {
            service(node);
        } else {
            organization(node);
        }
    }

    private void service(JsonNode node) {
        if (node.path("organization").isObject()) {
            organization(node.path("organization"));
        }
        MappedService service = mapping.service(node);
        services.putIfAbsent(service.id(), service);
    }

    private void organization(JsonNode node) {
        MappedOrganisation organisation = mapping.organization(node);
        organisations.putIfAbsent(organisation.id(), organisation);
        for (JsonNode service : node.path("services").values()) {
            JsonNode withOwner = service.has("organization_id") ? service
                    : ((ObjectNode) service.deepCopy()).put("organization_id", organisation.id().toString());
            service(withOwner);
        }
    }
}
