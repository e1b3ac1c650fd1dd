package de.integrationsnetz.directory;

/** A WGS84 point: latitude between -90 and 90, longitude between -180 and 180 degrees. */
public record Coordinates(double latitude, double longitude) {

    public Coordinates {
        if (Double.isNaN(latitude) || latitude < -90 || latitude > 90) {
            throw new IllegalArgumentException("Latitude must be between -90 and 90: " + latitude);
        }
        if (Double.isNaN(longitude) || longitude < -180 || longitude > 180) {
            throw new IllegalArgumentException("Longitude must be between -180 and 180: " + longitude);
        }
    }
}
