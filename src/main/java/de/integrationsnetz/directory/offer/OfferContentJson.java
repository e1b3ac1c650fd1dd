package de.integrationsnetz.directory.offer;

import tools.jackson.databind.json.JsonMapper;

/** Reads and writes {@link OfferContent} as the JSON of {@code offers.pending_revision}. */
final class OfferContentJson {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private OfferContentJson() {}

    static String write(OfferContent content) {
        return JSON.writeValueAsString(content);
    }

    static OfferContent read(String json) {
        return JSON.readValue(json, OfferContent.class);
    }
}
