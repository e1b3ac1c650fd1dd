package de.integrationsnetz.geography.web;

import de.integrationsnetz.shared.api.JsonApi;
import de.integrationsnetz.geography.GeographyQueries;
import de.integrationsnetz.geography.boundary.GeoJson;
import de.integrationsnetz.geography.boundary.GeographyBoundaries;
import de.integrationsnetz.shared.DistrictKey;
import de.integrationsnetz.shared.MunicipalityKey;
import java.time.Duration;
import java.util.List;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.server.ResponseStatusException;

/**
 * Public read API for Saxony's districts, municipalities, postal codes and boundaries. Malformed keys answer 400,
 * unknown keys 404, both as problem details (see {@link JsonApi}).
 */
@JsonApi
@RestController
@RequestMapping("/api/v1")
class GeographyApiController {

    static final MediaType GEO_JSON = MediaType.parseMediaType("application/geo+json");
    /** The reference data changes only with a release; a day keeps maps fast without serving stale data long. */
    private static final CacheControl BOUNDARY_CACHING = CacheControl.maxAge(Duration.ofDays(1)).cachePublic();

    private final GeographyQueries geography;
    private final GeographyBoundaries boundaries;

    GeographyApiController(GeographyQueries geography, GeographyBoundaries boundaries) {
        this.geography = geography;
        this.boundaries = boundaries;
    }

    @GetMapping("/districts")
    List<GeographyJson.District> districts() {
        return geography.districts().stream().map(GeographyJson.District::of).toList();
    }

    @GetMapping("/districts/{ars}")
    GeographyJson.District district(@PathVariable String ars) {
        DistrictKey key = Keys.district(ars);
        return geography.district(key).map(GeographyJson.District::of).orElseThrow(() -> Keys.unknownDistrict(key));
    }

    @GetMapping("/districts/{ars}/municipalities")
    List<GeographyJson.Municipality> municipalitiesOf(@PathVariable String ars) {
        DistrictKey key = Keys.district(ars);
        if (geography.district(key).isEmpty()) {
            throw Keys.unknownDistrict(key);
        }
        return geography.municipalitiesOf(key).stream().map(GeographyJson.Municipality::of).toList();
    }

    @GetMapping("/municipalities/{ags}")
    GeographyJson.Municipality municipality(@PathVariable String ags) {
        MunicipalityKey key = Keys.municipality(ags);
        return geography.municipality(key).map(GeographyJson.Municipality::of)
                .orElseThrow(() -> Keys.unknownMunicipality(key));
    }

    @GetMapping("/postal-codes/{plz}")
    GeographyJson.PostalCode postalCode(@PathVariable String plz) {
        String code = Keys.postalCode(plz);
        return geography.postalCode(code).map(GeographyJson.PostalCode::of)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No German postal code " + code));
    }

    @GetMapping("/districts/boundaries")
    ResponseEntity<byte[]> districtBoundaries(WebRequest request) {
        return send(boundaries.districts(), request);
    }

    @GetMapping("/districts/{ars}/boundaries")
    ResponseEntity<byte[]> municipalityBoundariesOf(@PathVariable String ars, WebRequest request) {
        DistrictKey key = Keys.district(ars);
        return send(boundaries.municipalitiesOf(key).orElseThrow(() -> Keys.unknownDistrict(key)), request);
    }

    @GetMapping("/municipalities/{ags}/boundary")
    ResponseEntity<byte[]> municipalityBoundary(@PathVariable String ags, WebRequest request) {
        MunicipalityKey key = Keys.municipality(ags);
        return send(boundaries.municipality(key).orElseThrow(() -> Keys.unknownMunicipality(key)), request);
    }

    private static ResponseEntity<byte[]> send(GeoJson document, WebRequest request) {
        if (request.checkNotModified(document.etag())) {
            return ResponseEntity.status(HttpStatus.NOT_MODIFIED).eTag(document.etag()).cacheControl(BOUNDARY_CACHING)
                    .build();
        }
        return ResponseEntity.ok()
                .contentType(GEO_JSON)
                .cacheControl(BOUNDARY_CACHING)
                .eTag(document.etag())
                .body(document.content());
    }
}
