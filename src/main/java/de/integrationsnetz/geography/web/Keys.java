package de.integrationsnetz.geography.web;

import de.integrationsnetz.shared.DistrictKey;
import de.integrationsnetz.shared.MunicipalityKey;
import java.util.regex.Pattern;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/** Turns path segments into keys: a malformed key is a bad request (400), never a lookup that finds nothing. */
final class Keys {

    private static final Pattern POSTAL_CODE = Pattern.compile("\\d{5}");

    private Keys() {}

    static DistrictKey district(String ars) {
        if (!DistrictKey.isValid(ars)) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST,
                    "A district key (ARS) has exactly 5 digits, e.g. 14522: '" + shorten(ars) + "' is not one");
        }
        return DistrictKey.of(ars);
    }

    static MunicipalityKey municipality(String ags) {
        if (!MunicipalityKey.isValid(ags)) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST,
                    "A municipality key (AGS) has exactly 8 digits, e.g. 14522180: '" + shorten(ags) + "' is not one");
        }
        return MunicipalityKey.of(ags);
    }

    static String postalCode(String plz) {
        if (plz == null || !POSTAL_CODE.matcher(plz).matches()) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST,
                    "A postal code (PLZ) has exactly 5 digits, e.g. 09599: '" + shorten(plz) + "' is not one");
        }
        return plz;
    }

    static ResponseStatusException unknownDistrict(DistrictKey key) {
        return new ResponseStatusException(HttpStatus.NOT_FOUND, "No district of Saxony with the key (ARS) " + key);
    }

    static ResponseStatusException unknownMunicipality(MunicipalityKey key) {
        return new ResponseStatusException(HttpStatus.NOT_FOUND, "No municipality of Saxony with the key (AGS) " + key);
    }

    /** Echo at most a little of what was sent, without control characters. */
    private static String shorten(String value) {
        if (value == null) {
            return "";
        }
        String clean = value.replaceAll("\\p{Cntrl}", "?");
        return clean.length() > 20 ? clean.substring(0, 20) + "…" : clean;
    }
}
