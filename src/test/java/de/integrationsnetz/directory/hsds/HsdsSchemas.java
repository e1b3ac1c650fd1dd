package de.integrationsnetz.directory.hsds;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.dialect.Dialect;
import com.networknt.schema.dialect.Dialects;
import com.networknt.schema.keyword.NonValidationKeyword;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import tools.jackson.databind.JsonNode;

/**
 * The official HSDS 3.0 schemas (test resources {@code hsds-3.0/}, CC BY-SA 4.0, see its SOURCE.md) and our profile
 * schemas ({@code static/hsds/profile/}), validated as JSON Schema 2020-12 with format assertions (docs/directory.md
 * §3.6). The schemas' absolute references to raw.githubusercontent.com resolve to the local copy.
 */
final class HsdsSchemas {

    static final String OFFICIAL = "https://raw.githubusercontent.com/openreferral/specification/3.0/schema/";

    /** 2020-12, with the HSDS schemas' own keywords (datapackage and tabular hints) known as annotations only. */
    private static final Dialect DIALECT = Dialect.builder(Dialects.getDraft202012())
            .keywords(Stream.of("constraints", "core", "datapackage_metadata", "datapackage_type", "example", "name",
                    "path", "tabular_required").map(NonValidationKeyword::new).toList())
            .build();

    private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(DIALECT,
            builder -> builder
                    .schemaRegistryConfig(SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build())
                    .schemaIdResolvers(resolvers -> resolvers.mapPrefix(OFFICIAL, "classpath:hsds-3.0/schema/")));
    private static final Map<String, Schema> CACHE = new ConcurrentHashMap<>();

    private HsdsSchemas() {}

    /** A schema of the official copy, e.g. {@code compiled/service.json} or {@code taxonomy.json}. */
    static Schema official(String path) {
        return CACHE.computeIfAbsent("official:" + path,
                key -> REGISTRY.getSchema(SchemaLocation.of("classpath:hsds-3.0/schema/" + path)));
    }

    /** A profile schema, e.g. {@code service.json}: the official schema plus our x_ properties. */
    static Schema profile(String file) {
        return CACHE.computeIfAbsent("profile:" + file,
                key -> REGISTRY.getSchema(SchemaLocation.of("classpath:static/hsds/profile/" + file)));
    }

    static List<String> errors(Schema schema, JsonNode node) {
        List<Error> errors = schema.validate(node);
        return errors.stream().map(error -> node.path("id").asString("?") + ": " + error).toList();
    }
}
