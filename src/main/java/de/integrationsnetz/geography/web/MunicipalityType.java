package de.integrationsnetz.geography.web;

import java.util.Arrays;
import java.util.Optional;

/**
 * The kinds of municipality as the official directory names them, with a stable code for URLs ({@code ?type=town})
 * and a message key for the page text.
 */
enum MunicipalityType {
    CITY("city", "Kreisfreie Stadt"),
    TOWN("town", "Stadt"),
    MUNICIPALITY("municipality", "Kreisangehörige Gemeinde");

    private final String code;
    private final String official;

    MunicipalityType(String code, String official) {
        this.code = code;
        this.official = official;
    }

    public String code() {
        return code;
    }

    public String messageKey() {
        return "geography.type." + code;
    }

    boolean matches(String officialType) {
        return official.equals(officialType);
    }

    static Optional<MunicipalityType> ofCode(String code) {
        return Arrays.stream(values()).filter(type -> type.code.equals(code)).findFirst();
    }

    /** The message key for an official type; unknown types (after a data update) show as they are written. */
    static String messageKeyOf(String officialType) {
        return Arrays.stream(values()).filter(type -> type.matches(officialType)).findFirst()
                .map(MunicipalityType::messageKey).orElse(officialType);
    }

    /** Message key of a district type ("Landkreis", "Kreisfreie Stadt"). */
    static String districtMessageKeyOf(String officialType) {
        return switch (officialType) {
            case "Landkreis" -> "geography.type.county";
            case "Kreisfreie Stadt" -> "geography.type.city";
            default -> officialType;
        };
    }
}
