package de.integrationsnetz.directory.search;

/**
 * The place a search runs around.
 *
 * @param label how to name it (“02625 Bautzen”, “Freiberg”); empty for the searcher's own position
 * @param radiusKm the radius used
 */
public record SearchPlace(String label, double latitude, double longitude, int radiusKm) {}
