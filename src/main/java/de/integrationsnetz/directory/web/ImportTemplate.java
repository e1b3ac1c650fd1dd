package de.integrationsnetz.directory.web;

import de.integrationsnetz.directory.imports.OfferColumn;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** The example row of the import template (the same as docs/import-example.csv). */
final class ImportTemplate {

    private ImportTemplate() {}

    static List<String> example() {
        Map<OfferColumn, String> cells = new EnumMap<>(OfferColumn.class);
        cells.put(OfferColumn.ORGANISATION_NAME, "Integrationsverein Musterstadt e. V.");
        cells.put(OfferColumn.NAME, "Sprachcafé im Stadtteiltreff");
        cells.put(OfferColumn.DESCRIPTION, "Offener Treffpunkt zum Deutschsprechen bei Kaffee und Tee. "
                + "Ohne Anmeldung, alle Niveaus willkommen.");
        cells.put(OfferColumn.CATEGORIES, "spracherwerb.sprachcafe");
        cells.put(OfferColumn.TARGET_GROUPS, "gefluechtete");
        cells.put(OfferColumn.LANGUAGES, "de|ar|uk");
        cells.put(OfferColumn.STREET, "Petersstraße 12");
        cells.put(OfferColumn.POSTAL_CODE, "09599");
        cells.put(OfferColumn.CITY, "Freiberg");
        cells.put(OfferColumn.EMAIL, "sprachcafe@example.org");
        cells.put(OfferColumn.FREE_OF_CHARGE, "ja");
        cells.put(OfferColumn.LOW_THRESHOLD, "ja");
        cells.put(OfferColumn.VOLUNTEER_RUN, "ja");
        cells.put(OfferColumn.VALID_FROM, "01.01.2026");
        cells.put(OfferColumn.STATUS, "DRAFT");
        List<String> row = new ArrayList<>();
        for (OfferColumn column : OfferColumn.values()) {
            row.add(cells.getOrDefault(column, ""));
        }
        return row;
    }
}
