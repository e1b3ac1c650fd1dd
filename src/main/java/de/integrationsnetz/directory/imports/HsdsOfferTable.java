package de.integrationsnetz.directory.imports;

import de.integrationsnetz.directory.Address;
import de.integrationsnetz.directory.exports.OfferTable;
import de.integrationsnetz.directory.hsds.HsdsImportSource;
import de.integrationsnetz.directory.hsds.HsdsMapping;
import de.integrationsnetz.directory.hsds.HsdsMapping.MappedLocation;
import de.integrationsnetz.directory.hsds.HsdsMapping.MappedOrganisation;
import de.integrationsnetz.directory.hsds.HsdsMapping.MappedService;
import de.integrationsnetz.directory.hsds.HsdsTabularReader;
import de.integrationsnetz.directory.offer.OfferContent;
import de.integrationsnetz.directory.offer.SiteData;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * An HSDS file (JSON object, array, Page, bundle or tabular zip; read by {@link HsdsImportSource}) as an offer table:
 * one row per service in file order, the columns of {@link OfferColumn} in the form the export writes. So an HSDS
 * import runs through the same mapping, validation report and all-or-nothing commit as a spreadsheet; a row's "line"
 * is the service's position in the file plus one (the header counts as line 1). What the table format does not hold
 * (schedules, translations, contact persons, further sites, {@code hsds_extra}) {@link HsdsImportSupplements} checks
 * during the validation and writes after the offers.
 */
final class HsdsOfferTable {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private HsdsOfferTable() {}

    static boolean isZip(byte[] content) {
        return content.length >= 4 && content[0] == 'P' && content[1] == 'K' && content[2] == 3 && content[3] == 4;
    }

    /** What an HSDS file holds, mapped: its services with the line each stands on, its organisations and locations. */
    record Parsed(List<Service> services, Map<UUID, MappedOrganisation> organisations,
            Map<UUID, MappedLocation> locations) {

        /** A service and its line in the offer table (its position in the file plus one). */
        record Service(int line, MappedService mapped) {}
    }

    static Table read(byte[] content, HsdsMapping mapping) {
        Parsed parsed = parse(content, mapping);
        List<Table.Row> rows = new ArrayList<>();
        for (Parsed.Service service : parsed.services()) {
            UUID owner = service.mapped().organizationId();
            rows.add(new Table.Row(service.line(), row(service.mapped(),
                    owner == null ? null : parsed.organisations().get(owner), parsed.locations())));
        }
        return new Table(Arrays.stream(OfferColumn.values()).map(OfferColumn::key).toList(), rows);
    }

    /**
     * Reads and maps an HSDS file: every service (line = position + 1, as in {@link #read}), organisation and location.
     *
     * @throws UnreadableFile when the file is empty or no HSDS
     */
    static Parsed parse(byte[] content, HsdsMapping mapping) {
        if (content.length == 0) {
            throw new UnreadableFile("empty", "The file is empty");
        }
        JsonNode root;
        HsdsImportSource.Contents contents;
        try {
            root = isZip(content)
                    ? HsdsTabularReader.bundle(HsdsTabularReader.readZip(new ByteArrayInputStream(content)))
                    : JSON.readTree(content);
            contents = HsdsImportSource.read(root, mapping);
        } catch (RuntimeException unreadable) {
            throw new UnreadableFile("format", "Not an HSDS file: " + unreadable.getMessage(), unreadable);
        }
        Map<UUID, MappedLocation> locations = new HashMap<>();
        collectLocations(root, false, mapping, locations);
        Map<UUID, MappedOrganisation> organisations = new LinkedHashMap<>();
        for (MappedOrganisation organisation : contents.organisations()) {
            organisations.put(organisation.id(), organisation);
            organisation.locations().forEach(location -> locations.put(location.id(), location));
        }
        List<Parsed.Service> services = new ArrayList<>();
        int line = 1;
        for (MappedService service : contents.services()) {
            services.add(new Parsed.Service(++line, service));
        }
        return new Parsed(List.copyOf(services), organisations, locations);
    }

    /** Every location object of the file (nested in service_at_locations or an organisation's locations). */
    private static void collectLocations(JsonNode node, boolean isLocation, HsdsMapping mapping,
            Map<UUID, MappedLocation> found) {
        if (node.isObject() && isLocation && node.has("id")) {
            try {
                mapping.location(node, new ArrayList<>()).ifPresent(location -> found.putIfAbsent(location.id(),
                        location));
            } catch (RuntimeException unreadable) {
                // the service's own mapping reports what is wrong with the site
            }
        }
        if (node.isObject()) {
            for (var field : node.properties()) {
                boolean location = field.getKey().equals("location") || field.getKey().equals("locations");
                if (field.getValue().isArray()) {
                    for (JsonNode item : field.getValue().values()) {
                        collectLocations(item, location, mapping, found);
                    }
                } else {
                    collectLocations(field.getValue(), location, mapping, found);
                }
            }
        } else if (node.isArray()) {
            node.values().forEach(item -> collectLocations(item, false, mapping, found));
        }
    }

    private static List<String> row(MappedService service, @Nullable MappedOrganisation organisation,
            Map<UUID, MappedLocation> locations) {
        OfferContent offer = service.content();
        SiteData site = offer.sites().isEmpty() ? null : offer.sites().get(0);
        MappedLocation location = site == null ? null : locations.get(site.locationId());
        Address address = location == null ? Address.NONE : location.details().address();
        Map<OfferColumn, String> cells = new EnumMap<>(OfferColumn.class);
        cells.put(OfferColumn.ID, service.id().toString());
        cells.put(OfferColumn.ORGANISATION_NAME, organisation == null ? null : organisation.details().name());
        OfferTable.putContent(cells, offer);
        if (site != null) {
            cells.put(OfferColumn.STREET, address.street());
            cells.put(OfferColumn.POSTAL_CODE, first(site.postalCode(), address.postalCode()));
            cells.put(OfferColumn.CITY, first(site.city(), address.city()));
        }
        return Arrays.stream(OfferColumn.values()).map(column -> Objects.requireNonNullElse(cells.get(column), ""))
                .toList();
    }


    private static @Nullable String first(@Nullable String value, @Nullable String otherwise) {
        return value != null ? value : otherwise;
    }



}
