package de.integrationsnetz.directory.imports;

import de.integrationsnetz.directory.Address;
import de.integrationsnetz.directory.hsds.HsdsImportSource;
import de.integrationsnetz.directory.hsds.HsdsMapping;
import de.integrationsnetz.directory.hsds.HsdsMapping.MappedLocation;
import de.integrationsnetz.directory.hsds.HsdsMapping.MappedOrganisation;
import de.integrationsnetz.directory.hsds.HsdsMapping.MappedService;
import de.integrationsnetz.directory.hsds.HsdsTabularReader;
import de.integrationsnetz.directory.offer.Classification;
import de.integrationsnetz.directory.offer.CourseDetails;
import de.integrationsnetz.directory.offer.OfferContent;
import de.integrationsnetz.directory.offer.OfferFlags;
import de.integrationsnetz.directory.offer.SiteData;
import de.integrationsnetz.directory.taxonomy.TaxonomyCatalog;
import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * An HSDS file (JSON object, array, Page, bundle or tabular zip; read by {@link HsdsImportSource}) as an offer table:
 * one row per service in file order, the columns of {@link OfferColumn} in the form the export writes. So an HSDS
 * import runs through the same mapping, validation report and all-or-nothing commit as a spreadsheet; a row's "line"
 * is the service's position in the file plus one (the header counts as line 1). What the table format does not hold
 * (schedules, translations, contact persons, further sites) is not imported.
 */
final class HsdsOfferTable {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    private HsdsOfferTable() {}

    static boolean isZip(byte[] content) {
        return content.length >= 4 && content[0] == 'P' && content[1] == 'K' && content[2] == 3 && content[3] == 4;
    }

    static Table read(byte[] content, HsdsMapping mapping) {
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
        Map<UUID, MappedOrganisation> organisations = new HashMap<>();
        for (MappedOrganisation organisation : contents.organisations()) {
            organisations.put(organisation.id(), organisation);
            organisation.locations().forEach(location -> locations.put(location.id(), location));
        }
        List<Table.Row> rows = new ArrayList<>();
        int line = 1;
        for (MappedService service : contents.services()) {
            rows.add(new Table.Row(++line, row(service,
                    service.organizationId() == null ? null : organisations.get(service.organizationId()),
                    locations)));
        }
        return new Table(Arrays.stream(OfferColumn.values()).map(OfferColumn::key).toList(), rows);
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
        OfferFlags flags = offer.flags();
        CourseDetails course = offer.course();
        SiteData site = offer.sites().isEmpty() ? null : offer.sites().get(0);
        MappedLocation location = site == null ? null : locations.get(site.locationId());
        Address address = location == null ? Address.NONE : location.details().address();
        Map<OfferColumn, String> cells = new EnumMap<>(OfferColumn.class);
        cells.put(OfferColumn.ID, service.id().toString());
        cells.put(OfferColumn.ORGANISATION_NAME, organisation == null ? null : organisation.details().name());
        cells.put(OfferColumn.NAME, offer.name());
        cells.put(OfferColumn.DESCRIPTION, offer.description());
        cells.put(OfferColumn.CATEGORIES, terms(offer, TaxonomyCatalog.CATEGORIES));
        cells.put(OfferColumn.TARGET_GROUPS, terms(offer, TaxonomyCatalog.TARGET_GROUPS));
        cells.put(OfferColumn.FEATURES, terms(offer, TaxonomyCatalog.FEATURES));
        cells.put(OfferColumn.LANGUAGES, String.join("|", offer.languages()));
        if (site != null) {
            cells.put(OfferColumn.STREET, address.street());
            cells.put(OfferColumn.POSTAL_CODE, first(site.postalCode(), address.postalCode()));
            cells.put(OfferColumn.CITY, first(site.city(), address.city()));
        }
        cells.put(OfferColumn.ONLINE_URL, offer.onlineUrl());
        cells.put(OfferColumn.PHONE, offer.phone());
        cells.put(OfferColumn.EMAIL, offer.email());
        cells.put(OfferColumn.URL, offer.url());
        cells.put(OfferColumn.MUNICIPALITIES_SERVED, String.join("|", offer.serviceAreas()));
        cells.put(OfferColumn.WHOLE_DISTRICT, yes(offer.wholeDistrict()));
        cells.put(OfferColumn.FREE_OF_CHARGE, yes(flags.freeOfCharge()));
        cells.put(OfferColumn.FEES_NOTE, offer.feesNote());
        cells.put(OfferColumn.ELIGIBILITY_NOTE, offer.eligibilityNote());
        cells.put(OfferColumn.APPLICATION_NOTE, offer.applicationNote());
        cells.put(OfferColumn.REGISTRATION_REQUIRED, yes(flags.registrationRequired()));
        cells.put(OfferColumn.APPOINTMENT_REQUIRED, yes(flags.appointmentRequired()));
        cells.put(OfferColumn.BARRIER_FREE, yes(flags.barrierFree()));
        cells.put(OfferColumn.LOW_THRESHOLD, yes(flags.lowThreshold()));
        cells.put(OfferColumn.VOLUNTEER_RUN, yes(flags.volunteerRun()));
        cells.put(OfferColumn.ONLINE, yes(flags.online()));
        cells.put(OfferColumn.BY_PHONE, yes(flags.byPhone()));
        cells.put(OfferColumn.MIN_AGE, number(offer.minAge()));
        cells.put(OfferColumn.MAX_AGE, number(offer.maxAge()));
        cells.put(OfferColumn.VALID_FROM, date(offer.validFrom()));
        cells.put(OfferColumn.VALID_UNTIL, date(offer.validUntil()));
        cells.put(OfferColumn.COURSE_LEVEL, course.level() == null ? null : course.level().name());
        cells.put(OfferColumn.COURSE_START, date(course.start()));
        cells.put(OfferColumn.COURSE_END, date(course.end()));
        cells.put(OfferColumn.PLACES_TOTAL, number(course.placesTotal()));
        cells.put(OfferColumn.PLACES_FREE, number(course.placesFree()));
        cells.put(OfferColumn.REGISTRATION_DEADLINE, date(course.registrationDeadline()));
        return Arrays.stream(OfferColumn.values()).map(column -> Objects.requireNonNullElse(cells.get(column), ""))
                .toList();
    }

    private static String terms(OfferContent offer, String taxonomy) {
        return offer.classifications().stream().filter(c -> c.taxonomy().equals(taxonomy))
                .map(Classification::code).sorted().collect(Collectors.joining("|"));
    }

    private static @Nullable String first(@Nullable String value, @Nullable String otherwise) {
        return value != null ? value : otherwise;
    }

    private static String yes(boolean value) {
        return value ? "ja" : "nein";
    }

    private static @Nullable String number(@Nullable Integer value) {
        return value == null ? null : value.toString();
    }

    private static @Nullable String date(@Nullable LocalDate value) {
        return value == null ? null : DATE.format(value);
    }
}
