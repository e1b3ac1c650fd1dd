package de.integrationsnetz.geography.reference;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Spelling-tolerant forms of a name for matching what people type: lower case, punctuation as single spaces, and
 * two ways of writing German umlauts, because people type "Döbeln", "Doebeln" and "Dobeln". {@link #expanded}
 * writes ä/ö/ü as ae/oe/ue, {@link #stripped} drops the marks (ä → a); both write ß as ss and drop other accents
 * (Budyšin → budysin).
 */
record SearchText(String expanded, String stripped) {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SEPARATORS = Pattern.compile("[^\\p{L}\\p{N}]+");

    static SearchText of(String text) {
        String lower = text.toLowerCase(Locale.ROOT).replace("ß", "ss");
        return new SearchText(fold(lower.replace("ä", "ae").replace("ö", "oe").replace("ü", "ue")), fold(lower));
    }

    private static String fold(String text) {
        String withoutMarks = MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("");
        return SEPARATORS.matcher(withoutMarks).replaceAll(" ").strip();
    }

    boolean isEmpty() {
        return expanded.isEmpty() && stripped.isEmpty();
    }
}
