package de.integrationsnetz.directory.imports;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The columns of the offer table: what an export writes (in this order, with {@link #key()} as the header) and what an
 * import understands, so that an exported file imports again (docs/directory.md §7.2). An import maps a file's
 * headers to columns by their key or a German or English synonym ({@link #forHeader}); the user can change the
 * mapping. Labels in the user's language: {@code directory.import.column.<key>}.
 */
public enum OfferColumn {
    ID("id", Type.ID, "kennung", "angebotid", "offerid", "uuid"),
    ORGANISATION_ID("organisation_id", Type.ID, "organizationid", "traegerid", "organisationsid", "anbieterid"),
    ORGANISATION_NAME("organisation_name", Type.TEXT, "organisation", "organization", "organizationname", "traeger",
            "anbieter", "provider", "einrichtung", "organisationsname"),
    NAME("name", Type.TEXT, "angebot", "titel", "title", "angebotsname", "bezeichnung", "offer", "nameangebot",
            "namedesangebots"),
    DESCRIPTION("description", Type.TEXT, "beschreibung", "text", "details", "angebotsbeschreibung"),
    CATEGORIES("categories", Type.LIST, "kategorien", "kategorie", "category", "bereich"),
    TARGET_GROUPS("target_groups", Type.LIST, "zielgruppen", "zielgruppe", "targetgroup", "audience"),
    FEATURES("features", Type.LIST, "merkmale", "merkmal", "feature"),
    LANGUAGES("languages", Type.LIST, "sprachen", "sprache", "language", "spokenlanguages"),
    STREET("street", Type.TEXT, "strasse", "strasseundhausnummer", "strassehausnummer", "adresse", "address",
            "anschrift"),
    POSTAL_CODE("postal_code", Type.TEXT, "plz", "postleitzahl", "zip", "zipcode", "postcode"),
    CITY("city", Type.TEXT, "ort", "stadt", "town", "wohnort"),
    ONLINE_URL("online_url", Type.TEXT, "onlinelink", "linkzuronlineteilnahme", "onlineteilnahme", "meetinglink"),
    PHONE("phone", Type.TEXT, "telefon", "tel", "telefonnummer", "phonenumber"),
    EMAIL("email", Type.TEXT, "mail", "emailadresse", "emailaddress"),
    URL("url", Type.TEXT, "website", "webseite", "internetadresse", "homepage", "internet", "link"),
    MUNICIPALITIES_SERVED("municipalities_served", Type.LIST, "gemeinden", "einzugsgebiet", "zustaendigfuer",
            "servicearea", "serviceareas", "municipalities"),
    WHOLE_DISTRICT("whole_district", Type.BOOLEAN, "ganzerlandkreis", "landkreisweit", "kreisweit", "wholecounty"),
    FREE_OF_CHARGE("free_of_charge", Type.BOOLEAN, "kostenlos", "kostenfrei", "free", "gratis"),
    FEES_NOTE("fees_note", Type.TEXT, "kosten", "gebuehren", "fees", "kostenhinweis"),
    ELIGIBILITY_NOTE("eligibility_note", Type.TEXT, "werkannteilnehmen", "teilnahmevoraussetzungen",
            "voraussetzungen", "eligibility"),
    APPLICATION_NOTE("application_note", Type.TEXT, "anmeldung", "anmeldehinweis", "application", "howtoapply"),
    REGISTRATION_REQUIRED("registration_required", Type.BOOLEAN, "anmeldungerforderlich", "anmeldungnoetig",
            "registration"),
    APPOINTMENT_REQUIRED("appointment_required", Type.BOOLEAN, "terminerforderlich", "terminvereinbarung",
            "nachterminvereinbarung", "appointment"),
    BARRIER_FREE("barrier_free", Type.BOOLEAN, "barrierefrei", "barrierfree", "accessible", "rollstuhlgerecht"),
    LOW_THRESHOLD("low_threshold", Type.BOOLEAN, "niedrigschwellig", "lowthreshold"),
    VOLUNTEER_RUN("volunteer_run", Type.BOOLEAN, "ehrenamtlich", "volunteer", "volunteers"),
    ONLINE("online", Type.BOOLEAN, "onlineangebot", "digital"),
    BY_PHONE("by_phone", Type.BOOLEAN, "telefonisch", "phoneservice", "byphone"),
    MIN_AGE("min_age", Type.INTEGER, "mindestalter", "altervon", "abalter", "minimumage"),
    MAX_AGE("max_age", Type.INTEGER, "hoechstalter", "alterbis", "bisalter", "maximumage"),
    VALID_FROM("valid_from", Type.DATE, "gueltigab", "ab", "beginn", "start", "from"),
    VALID_UNTIL("valid_until", Type.DATE, "gueltigbis", "bis", "ende", "end", "until"),
    COURSE_LEVEL("course_level", Type.TEXT, "sprachniveau", "niveau", "level", "kursniveau"),
    COURSE_START("course_start", Type.DATE, "kursbeginn", "kursstart", "coursestartdate"),
    COURSE_END("course_end", Type.DATE, "kursende", "courseenddate"),
    PLACES_TOTAL("places_total", Type.INTEGER, "plaetze", "plaetzeinsgesamt", "places", "teilnehmerzahl"),
    PLACES_FREE("places_free", Type.INTEGER, "freieplaetze", "freeplaces", "placesavailable"),
    REGISTRATION_DEADLINE("registration_deadline", Type.DATE, "anmeldeschluss", "anmeldefrist", "deadline"),
    STATUS("status", Type.TEXT, "zustand", "bearbeitungsstand");

    /** How a column's cells are read. */
    public enum Type { TEXT, ID, LIST, BOOLEAN, INTEGER, DATE }

    private static final Map<String, OfferColumn> BY_HEADER = new HashMap<>();

    static {
        for (OfferColumn column : values()) {
            BY_HEADER.put(fold(column.key), column);
            for (String synonym : column.synonyms) {
                BY_HEADER.put(synonym, column);
            }
        }
    }

    private final String key;
    private final Type type;
    private final List<String> synonyms;

    OfferColumn(String key, Type type, String... synonyms) {
        this.key = key;
        this.type = type;
        this.synonyms = Arrays.asList(synonyms);
    }

    /** The header an export writes and the name the report uses, e.g. {@code postal_code}. */
    public String key() {
        return key;
    }

    public Type type() {
        return type;
    }

    /** The message key of the column's label. */
    public String labelKey() {
        return "directory.import.column." + key;
    }

    /** The column a file's header stands for: its key or a German or English synonym, in any case and spelling. */
    public static Optional<OfferColumn> forHeader(String header) {
        return Optional.ofNullable(BY_HEADER.get(fold(header)));
    }

    public static Optional<OfferColumn> byKey(String key) {
        return Arrays.stream(values()).filter(column -> column.key.equals(key)).findFirst();
    }

    /** Lower case, umlauts spelled out, everything but letters and digits removed: "Straße/Nr." → "strassenr". */
    static String fold(String header) {
        String lower = header.strip().toLowerCase(Locale.GERMAN)
                .replace("ä", "ae").replace("ö", "oe").replace("ü", "ue").replace("ß", "ss");
        String plain = Normalizer.normalize(lower, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return plain.replaceAll("[^a-z0-9]", "");
    }
}
