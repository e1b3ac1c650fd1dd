package de.integrationsnetz.directory.web;

import de.integrationsnetz.directory.Coordinates;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.validation.BindingResult;

/**
 * Reads the optional latitude/longitude fields of a form: German decimal commas are accepted; both or neither must be
 * given, each in its range. Errors go next to the field.
 */
final class Coordinate {

    private Coordinate() {}

    static void check(String latitude, String longitude, BindingResult errors) {
        Double lat = parse(latitude);
        Double lon = parse(longitude);
        if (!latitude.isBlank() && (lat == null || lat < -90 || lat > 90)) {
            errors.rejectValue("latitude", "directory.validation.latitude");
        }
        if (!longitude.isBlank() && (lon == null || lon < -180 || lon > 180)) {
            errors.rejectValue("longitude", "directory.validation.longitude");
        }
        if (latitude.isBlank() != longitude.isBlank()) {
            errors.rejectValue(latitude.isBlank() ? "latitude" : "longitude", "directory.validation.coordinates.both");
        }
    }

    static @Nullable Coordinates of(String latitude, String longitude) {
        Double lat = parse(latitude);
        Double lon = parse(longitude);
        if (lat == null || lon == null) {
            return null;
        }
        return new Coordinates(lat, lon);
    }

    static String format(double value) {
        return String.format(Locale.ROOT, "%.6f", value);
    }

    private static @Nullable Double parse(String value) {
        if (value.isBlank()) {
            return null;
        }
        try {
            double parsed = Double.parseDouble(value.strip().replace(',', '.'));
            return Double.isFinite(parsed) ? parsed : null;
        } catch (NumberFormatException notANumber) {
            return null;
        }
    }
}
