package de.integrationsnetz.directory.common;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Folds names and addresses for search and duplicate checks: lower case, German umlauts and ß spelt out, other
 * accents removed, punctuation as space, whitespace collapsed. {@code Integrationsverein Freiberg e.V.} and
 * {@code integrationsverein  FREIBERG e. V.} fold to the same key; so do the streets {@code Bahnhofstraße 1} and
 * {@code Bahnhofstr. 1}.
 */
public final class Folding {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Pattern STREET_SUFFIX = Pattern.compile("(strasse|str)(?=\\s|\\d|$)");

    private Folding() {}

    /** The folded form of a name, e.g. {@code integrationsverein freiberg e v}. */
    public static String name(@Nullable String value) {
        if (value == null) {
            return "";
        }
        String lower = value.toLowerCase(Locale.GERMAN)
                .replace("ä", "ae").replace("ö", "oe").replace("ü", "ue").replace("ß", "ss");
        String unaccented = MARKS.matcher(Normalizer.normalize(lower, Normalizer.Form.NFD)).replaceAll("");
        return NON_WORD.matcher(unaccented).replaceAll(" ").strip();
    }

    /** Street and postal code folded into one key ({@code Bahnhofstr. 1} equals {@code Bahnhofstraße 1}); empty when both are. */
    public static String address(@Nullable String street, @Nullable String postalCode) {
        String folded = STREET_SUFFIX.matcher(name(street)).replaceAll("str").replace(" ", "");
        String code = postalCode == null ? "" : postalCode.strip();
        return folded.isEmpty() && code.isEmpty() ? "" : folded + "|" + code;
    }
}
