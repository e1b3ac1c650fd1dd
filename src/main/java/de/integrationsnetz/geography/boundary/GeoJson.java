package de.integrationsnetz.geography.boundary;

/**
 * A ready-to-send GeoJSON document ({@code application/geo+json}, UTF-8).
 *
 * @param etag a strong entity tag derived from the content, quoted
 */
public record GeoJson(byte[] content, String etag) {}
