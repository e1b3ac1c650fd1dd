package de.integrationsnetz.directory.web;

import de.integrationsnetz.directory.hsds.HsdsPage;
import de.integrationsnetz.directory.hsds.HsdsReading.Near;
import de.integrationsnetz.directory.hsds.HsdsReading.ServiceShape;
import de.integrationsnetz.directory.hsds.HsdsReading;
import de.integrationsnetz.directory.hsds.HsdsStore;
import de.integrationsnetz.directory.hsds.ServiceQuery;
import de.integrationsnetz.geography.GeographyQueries;
import de.integrationsnetz.geography.PostalCodeSummary;
import de.integrationsnetz.shared.DistrictKey;
import de.integrationsnetz.shared.api.JsonApi;
import java.io.OutputStream;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.BindParam;
import org.springframework.web.bind.annotation.CrossOrigin;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The public Open Referral HSDS 3.0 API (docs/directory.md §3.3): published offers as {@code service}s, their
 * organisations, the taxonomies and their terms, with the HSDS API reference's query parameters and {@code Page}
 * object; {@code format=ndjson} streams all results without paging. Anyone may read it from any origin (CORS
 * {@code GET *}). Malformed parameters answer 400, unknown ids 404, both as problem details.
 */
@JsonApi
@RestController
@RequestMapping("/hsds")
@CrossOrigin(origins = "*", methods = RequestMethod.GET)
class HsdsApiController {

    static final MediaType NDJSON = MediaType.parseMediaType("application/x-ndjson");
    static final int DEFAULT_PER_PAGE = 50;
    static final int MAX_PER_PAGE = 500;
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final HsdsReading hsds;
    private final GeographyQueries geography;
    private final String baseUrl;

    HsdsApiController(HsdsReading hsds, GeographyQueries geography,
            @Value("${app.base-url:http://localhost:8080}") String baseUrl) {
        this.hsds = hsds;
        this.geography = geography;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    @GetMapping({"", "/"})
    Map<String, String> root() {
        Map<String, String> root = new LinkedHashMap<>();
        root.put("version", "3.0");
        root.put("profile", baseUrl + "/hsds/profile");
        root.put("openapi_url", baseUrl + "/hsds/openapi.json");
        return root;
    }

    /**
     * The service filters of the HSDS API reference plus {@code district} (ARS), bound from the query string by
     * their HSDS names; shared by {@code /services} and {@code /service_at_locations}.
     */
    record ServiceFilters(@Nullable String search, @BindParam("taxonomy_term_id") @Nullable String taxonomyTermId,
            @BindParam("taxonomy_id") @Nullable String taxonomyId,
            @BindParam("organization_id") @Nullable String organizationId,
            @BindParam("modified_after") @Nullable String modifiedAfter, @Nullable String district) {}

    @GetMapping("/services")
    HsdsPage<ObjectNode> services(ServiceFilters filters, @RequestParam(required = false) @Nullable String page,
            @RequestParam(name = "per_page", required = false) @Nullable String perPage,
            @RequestParam(required = false) @Nullable String format,
            @RequestParam(required = false) @Nullable String minimal,
            @RequestParam(required = false) @Nullable String full) {
        json(format);
        return hsds.services(serviceQuery(filters), shape(minimal, full), page(page), perPage(perPage));
    }

    /** {@code format=ndjson}: every match, one JSON object per line, no paging. */
    @GetMapping(value = "/services", params = "format=ndjson")
    ResponseEntity<StreamingResponseBody> servicesStream(ServiceFilters filters,
            @RequestParam(required = false) @Nullable String minimal,
            @RequestParam(required = false) @Nullable String full) {
        ServiceQuery query = serviceQuery(filters);
        ServiceShape shape = shape(minimal, full);
        return stream(sink -> hsds.streamServices(query, shape, sink));
    }

    private ServiceQuery serviceQuery(ServiceFilters filters) {
        return new ServiceQuery(filters.search(), uuid("taxonomy_term_id", filters.taxonomyTermId()),
                uuid("taxonomy_id", filters.taxonomyId()), uuid("organization_id", filters.organizationId()),
                instant(filters.modifiedAfter()), district(filters.district()));
    }

    private static ServiceShape shape(@Nullable String minimal, @Nullable String full) {
        return bool("minimal", minimal) ? ServiceShape.MINIMAL
                : bool("full", full) ? ServiceShape.FULL : ServiceShape.SUMMARY;
    }

    @GetMapping("/services/{id}")
    ObjectNode service(@PathVariable String id) {
        UUID key = uuid("id", id);
        return hsds.service(key).orElseThrow(() -> notFound("service", id));
    }

    @GetMapping("/organizations")
    HsdsPage<ObjectNode> organizations(@RequestParam(required = false) @Nullable String search,
            @RequestParam(name = "full_service", required = false) @Nullable String fullService,
            @RequestParam(required = false) @Nullable String full,
            @RequestParam(required = false) @Nullable String page,
            @RequestParam(name = "per_page", required = false) @Nullable String perPage,
            @RequestParam(required = false) @Nullable String format) {
        json(format);
        return hsds.organizations(search, bool("full", full), bool("full_service", fullService), page(page),
                perPage(perPage));
    }

    @GetMapping(value = "/organizations", params = "format=ndjson")
    ResponseEntity<StreamingResponseBody> organizationsStream(@RequestParam(required = false) @Nullable String search,
            @RequestParam(name = "full_service", required = false) @Nullable String fullService,
            @RequestParam(required = false) @Nullable String full) {
        boolean withServices = bool("full_service", fullService);
        boolean complete = bool("full", full);
        return stream(sink -> hsds.streamOrganizations(search, complete, withServices, sink));
    }

    @GetMapping("/organizations/{id}")
    ObjectNode organization(@PathVariable String id,
            @RequestParam(name = "full_service", required = false) @Nullable String fullService) {
        UUID key = uuid("id", id);
        return hsds.organization(key, bool("full_service", fullService))
                .orElseThrow(() -> notFound("organization", id));
    }

    @GetMapping("/service_at_locations")
    HsdsPage<ObjectNode> serviceAtLocations(ServiceFilters filters,
            @RequestParam(required = false) @Nullable String full,
            @RequestParam(required = false) @Nullable String page,
            @RequestParam(name = "per_page", required = false) @Nullable String perPage,
            @RequestParam(required = false) @Nullable String format,
            @RequestParam(required = false) @Nullable String postcode,
            @RequestParam(required = false) @Nullable String proximity) {
        json(format);
        return hsds.serviceAtLocations(serviceQuery(filters), near(postcode, proximity), bool("full", full),
                page(page), perPage(perPage));
    }

    @GetMapping(value = "/service_at_locations", params = "format=ndjson")
    ResponseEntity<StreamingResponseBody> serviceAtLocationsStream(ServiceFilters filters,
            @RequestParam(required = false) @Nullable String full,
            @RequestParam(required = false) @Nullable String postcode,
            @RequestParam(required = false) @Nullable String proximity) {
        ServiceQuery query = serviceQuery(filters);
        Near near = near(postcode, proximity);
        boolean complete = bool("full", full);
        return stream(sink -> hsds.streamServiceAtLocations(query, near, complete, sink));
    }

    @GetMapping("/service_at_locations/{id}")
    ObjectNode serviceAtLocation(@PathVariable String id) {
        UUID key = uuid("id", id);
        return hsds.serviceAtLocation(key).orElseThrow(() -> notFound("service_at_location", id));
    }

    /**
     * {@code postcode}: only what covers the postal code's municipalities; with {@code proximity} (meters) only sites
     * that near the code's centre (the mean of its places).
     */
    private @Nullable Near near(@Nullable String postcode, @Nullable String proximity) {
        if (postcode == null || postcode.isBlank()) {
            if (proximity != null && !proximity.isBlank()) {
                throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "proximity: needs a postcode");
            }
            return null;
        }
        PostalCodeSummary code = geography.postalCode(postcode.strip()).orElseThrow(() ->
                new ResponseStatusException(HttpStatus.BAD_REQUEST, "postcode: not a known German postal code: '"
                        + postcode + "'"));
        Double meters = null;
        if (proximity != null && !proximity.isBlank()) {
            try {
                meters = Double.valueOf(proximity.strip());
            } catch (NumberFormatException e) {
                meters = -1.0;
            }
            if (!(meters >= 0) || meters.isInfinite()) {
                throw new ResponseStatusException(HttpStatus.BAD_REQUEST,
                        "proximity: a distance in meters, not '" + proximity + "'");
            }
        }
        Set<String> municipalities = new TreeSet<>();
        Set<String> districts = new TreeSet<>();
        code.municipalities().forEach(municipality -> {
            municipalities.add(municipality.key().value());
            districts.add(municipality.district().value());
        });
        double latitude = code.places().stream().mapToDouble(PostalCodeSummary.Place::latitude).average().orElse(0);
        double longitude = code.places().stream().mapToDouble(PostalCodeSummary.Place::longitude).average().orElse(0);
        return new Near(new HsdsStore.Coverage(municipalities, districts), latitude, longitude, meters);
    }

    @GetMapping("/taxonomies")
    HsdsPage<ObjectNode> taxonomies(@RequestParam(required = false) @Nullable String search,
            @RequestParam(required = false) @Nullable String page,
            @RequestParam(name = "per_page", required = false) @Nullable String perPage,
            @RequestParam(required = false) @Nullable String format) {
        json(format);
        return page(hsds.taxonomies(search), page(page), perPage(perPage));
    }

    @GetMapping(value = "/taxonomies", params = "format=ndjson")
    ResponseEntity<StreamingResponseBody> taxonomiesStream(@RequestParam(required = false) @Nullable String search) {
        List<ObjectNode> all = hsds.taxonomies(search);
        return stream(sink -> all.forEach(sink));
    }

    @GetMapping("/taxonomies/{id}")
    ObjectNode taxonomy(@PathVariable String id) {
        return hsds.taxonomy(uuid("id", id)).orElseThrow(() -> notFound("taxonomy", id));
    }

    @GetMapping("/taxonomy_terms")
    HsdsPage<ObjectNode> taxonomyTerms(@RequestParam(required = false) @Nullable String search,
            @RequestParam(required = false) @Nullable String page,
            @RequestParam(name = "per_page", required = false) @Nullable String perPage,
            @RequestParam(required = false) @Nullable String format,
            @RequestParam(name = "taxonomy_id", required = false) @Nullable String taxonomyId,
            @RequestParam(name = "top_only", required = false) @Nullable String topOnly,
            @RequestParam(name = "parent_id", required = false) @Nullable String parentId) {
        json(format);
        return page(hsds.terms(search, uuid("taxonomy_id", taxonomyId), bool("top_only", topOnly),
                uuid("parent_id", parentId)), page(page), perPage(perPage));
    }

    @GetMapping(value = "/taxonomy_terms", params = "format=ndjson")
    ResponseEntity<StreamingResponseBody> taxonomyTermsStream(@RequestParam(required = false) @Nullable String search,
            @RequestParam(name = "taxonomy_id", required = false) @Nullable String taxonomyId,
            @RequestParam(name = "top_only", required = false) @Nullable String topOnly,
            @RequestParam(name = "parent_id", required = false) @Nullable String parentId) {
        List<ObjectNode> all = hsds.terms(search, uuid("taxonomy_id", taxonomyId), bool("top_only", topOnly),
                uuid("parent_id", parentId));
        return stream(sink -> all.forEach(sink));
    }

    @GetMapping("/taxonomy_terms/{id}")
    ObjectNode taxonomyTerm(@PathVariable String id) {
        return hsds.term(uuid("id", id)).orElseThrow(() -> notFound("taxonomy_term", id));
    }

    // ---------------------------------------------------------------- helpers

    private static <T> HsdsPage<T> page(List<T> all, int page, int perPage) {
        return HsdsPage.of(HsdsPage.slice(all, page, perPage), all.size(), page, perPage);
    }

    private static ResponseEntity<StreamingResponseBody> stream(Consumer<Consumer<ObjectNode>> producer) {
        StreamingResponseBody body = (OutputStream out) -> producer.accept(node -> {
            try {
                out.write(JSON.writeValueAsBytes(node));
                out.write('\n');
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        return ResponseEntity.ok().contentType(NDJSON).body(body);
    }

    /** Requests with {@code format=ndjson} go to the stream methods; anything else but json is refused. */
    private static void json(@Nullable String format) {
        if (format != null && !format.isBlank() && !format.equals("json")) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "format: 'json' or 'ndjson', not '" + format + "'");
        }
    }

    private static int page(@Nullable String value) {
        int page = integer("page", value, 1);
        if (page < 1) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "page: pages start at 1");
        }
        return page;
    }

    private static int perPage(@Nullable String value) {
        int perPage = integer("per_page", value, DEFAULT_PER_PAGE);
        if (perPage < 1 || perPage > MAX_PER_PAGE) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST,
                    "per_page: between 1 and " + MAX_PER_PAGE + ", not " + perPage);
        }
        return perPage;
    }

    private static int integer(String name, @Nullable String value, int fallback) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, name + ": not a whole number: '" + value + "'");
        }
    }

    private static boolean bool(String name, @Nullable String value) {
        if (value == null || value.isBlank()) {
            return false;
        }
        return switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "true", "1" -> true;
            case "false", "0" -> false;
            default -> throw new ResponseStatusException(HttpStatus.BAD_REQUEST,
                    name + ": 'true' or 'false', not '" + value + "'");
        };
    }

    private static @Nullable UUID uuid(String name, @Nullable String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            UUID id = UUID.fromString(value.strip());
            if (!id.toString().equalsIgnoreCase(value.strip())) {
                throw new IllegalArgumentException(value);
            }
            return id;
        } catch (IllegalArgumentException e) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, name + ": not a UUID: '" + value + "'");
        }
    }

    /** ISO date-time with offset, local date-time (Berlin) or a date (its start in Berlin). */
    private static @Nullable Instant instant(@Nullable String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String text = value.strip();
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeException notOffset) {
            try {
                return LocalDateTime.parse(text).atZone(BERLIN).toInstant();
            } catch (DateTimeException notLocal) {
                try {
                    return LocalDate.parse(text).atStartOfDay(BERLIN).toInstant();
                } catch (DateTimeException notDate) {
                    throw new ResponseStatusException(HttpStatus.BAD_REQUEST,
                            "modified_after: not an ISO 8601 date or date-time: '" + value + "'");
                }
            }
        }
    }

    private @Nullable DistrictKey district(@Nullable String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        DistrictKey key;
        try {
            key = DistrictKey.of(value.strip());
        } catch (IllegalArgumentException e) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "district: not a district key (ARS): '" + value + "'");
        }
        if (geography.district(key).isEmpty()) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "district: no Saxon district " + key.value());
        }
        return key;
    }

    private static ResponseStatusException notFound(String kind, String id) {
        return new ResponseStatusException(HttpStatus.NOT_FOUND, "No published " + kind + " with id " + id);
    }
}
