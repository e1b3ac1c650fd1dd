package de.integrationsnetz.directory.offer;

import java.util.List;

/**
 * The languages an offer can be held in (docs/directory.md §9.3): ISO 639-1 codes, or ISO 639-3 where 639-1 has none
 * (Dari {@code prs}, Northern Kurdish {@code kmr}, Central Kurdish {@code ckb}). Labels are
 * {@code directory.spoken.<code>}. The order is the order of the form.
 */
public final class SpokenLanguages {

    public static final List<String> CODES = List.of("de", "en", "ar", "fa", "prs", "ps", "ku", "kmr", "ckb", "tr",
            "ru", "uk", "pl", "ro", "bg", "hu", "cs", "fr", "es", "it", "pt", "ti", "so", "am", "ur", "hi", "bn",
            "sq", "sr", "hr", "bs", "mk", "vi", "zh", "ka", "hy", "az", "ky", "uz", "tk");

    private SpokenLanguages() {}

    public static boolean isKnown(String code) {
        return CODES.contains(code);
    }
}
