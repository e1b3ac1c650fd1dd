package de.integrationsnetz.shared;

import java.util.regex.Pattern;

/**
 * Key of a district (Landkreis or kreisfreie Stadt): its 5-digit Amtlicher Regionalschlüssel, e.g. {@code 14522}
 * for Mittelsachsen. A district is the tenant of the system.
 */
public record DistrictKey(String value) implements Comparable<DistrictKey> {

    private static final Pattern FORMAT = Pattern.compile("\\d{5}");

    public DistrictKey {
        if (value == null || !FORMAT.matcher(value).matches()) {
            throw new IllegalArgumentException("A district key has exactly 5 digits: " + value);
        }
    }

    public static DistrictKey of(String value) {
        return new DistrictKey(value);
    }

    public static boolean isValid(String value) {
        return value != null && FORMAT.matcher(value).matches();
    }

    @Override
    public int compareTo(DistrictKey other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
