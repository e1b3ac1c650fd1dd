package de.integrationsnetz.shared;

import java.util.regex.Pattern;

/**
 * Key of a municipality (Gemeinde): its 8-digit Amtlicher Gemeindeschlüssel (AGS), e.g. {@code 14522180} for
 * Freiberg. The first five digits are the key of its district.
 */
public record MunicipalityKey(String value) implements Comparable<MunicipalityKey> {

    private static final Pattern FORMAT = Pattern.compile("\\d{8}");

    public MunicipalityKey {
        if (value == null || !FORMAT.matcher(value).matches()) {
            throw new IllegalArgumentException("A municipality key (AGS) has exactly 8 digits: " + value);
        }
    }

    public static MunicipalityKey of(String value) {
        return new MunicipalityKey(value);
    }

    public static boolean isValid(String value) {
        return value != null && FORMAT.matcher(value).matches();
    }

    public DistrictKey district() {
        return new DistrictKey(value.substring(0, 5));
    }

    @Override
    public int compareTo(MunicipalityKey other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
