package de.integrationsnetz.geography.boundary;

import de.integrationsnetz.shared.DistrictKey;
import de.integrationsnetz.shared.MunicipalityKey;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The boundaries of the districts and municipalities from the bundled GeoJSON files (BKG VG5000, simplified, WGS84),
 * parsed once and kept as ready-to-send bytes: all districts, the municipalities of each district, and each
 * municipality on its own. The features carry only the key and the short name as properties.
 */
@Component
public class GeographyBoundaries {

    private static final String LOCATION = "reference-data/saxony/";

    private final GeoJson districts;
    private final Map<DistrictKey, GeoJson> municipalitiesByDistrict;
    private final Map<MunicipalityKey, GeoJson> municipalities;

    GeographyBoundaries() {
        JsonMapper json = JsonMapper.shared();
        JsonNode districtFile = read(json, "districts.geojson");
        ArrayNode districtFeatures = json.createArrayNode();
        for (JsonNode feature : features(districtFile, "districts.geojson")) {
            DistrictKey key = DistrictKey.of(feature.path("properties").path("ars").asString());
            districtFeatures.add(feature(json, feature, "ars", key.value(), feature.path("properties").path("name")));
        }
        this.districts = document(json, districtFeatures);

        Map<DistrictKey, ArrayNode> byDistrict = new LinkedHashMap<>();
        Map<MunicipalityKey, GeoJson> single = new LinkedHashMap<>();
        JsonNode municipalityFile = read(json, "municipalities.geojson");
        for (JsonNode feature : features(municipalityFile, "municipalities.geojson")) {
            MunicipalityKey key = MunicipalityKey.of(feature.path("properties").path("ags").asString());
            ObjectNode reduced = feature(json, feature, "ags", key.value(), feature.path("properties").path("name"));
            byDistrict.computeIfAbsent(key.district(), district -> json.createArrayNode()).add(reduced);
            single.put(key, document(json, json.createArrayNode().add(reduced)));
        }
        Map<DistrictKey, GeoJson> documents = new LinkedHashMap<>();
        byDistrict.forEach((key, features) -> documents.put(key, document(json, features)));
        this.municipalitiesByDistrict = Map.copyOf(documents);
        this.municipalities = Map.copyOf(single);
    }

    /** All districts as a FeatureCollection; properties {@code ars} and {@code name}. */
    public GeoJson districts() {
        return districts;
    }

    /** The municipalities of one district as a FeatureCollection; properties {@code ags} and {@code name}. */
    public Optional<GeoJson> municipalitiesOf(DistrictKey district) {
        return Optional.ofNullable(municipalitiesByDistrict.get(district));
    }

    /** One municipality as a FeatureCollection with a single feature; properties {@code ags} and {@code name}. */
    public Optional<GeoJson> municipality(MunicipalityKey municipality) {
        return Optional.ofNullable(municipalities.get(municipality));
    }

    private static JsonNode read(JsonMapper json, String file) {
        try (InputStream in = new ClassPathResource(LOCATION + file).getInputStream()) {
            return json.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException("Missing bundled boundaries " + LOCATION + file, e);
        }
    }

    private static List<JsonNode> features(JsonNode collection, String file) {
        JsonNode features = collection.path("features");
        if (!"FeatureCollection".equals(collection.path("type").asString()) || !features.isArray()) {
            throw new IllegalStateException(LOCATION + file + " is not a GeoJSON FeatureCollection");
        }
        return List.copyOf(features.values());
    }

    private static ObjectNode feature(JsonMapper json, JsonNode source, String keyName, String key, JsonNode name) {
        JsonNode geometry = source.path("geometry");
        if (!geometry.isObject()) {
            throw new IllegalStateException("Feature " + key + " in " + LOCATION + " has no geometry");
        }
        ObjectNode feature = json.createObjectNode();
        feature.put("type", "Feature");
        feature.putObject("properties").put(keyName, key).put("name", name.asString());
        feature.set("geometry", geometry);
        return feature;
    }

    private static GeoJson document(JsonMapper json, ArrayNode features) {
        ObjectNode collection = json.createObjectNode();
        collection.put("type", "FeatureCollection");
        collection.set("features", features);
        byte[] content = json.writeValueAsBytes(collection);
        return new GeoJson(content, "\"" + sha256(content).substring(0, 32) + "\"");
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
