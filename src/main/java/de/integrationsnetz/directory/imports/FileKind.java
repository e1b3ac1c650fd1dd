package de.integrationsnetz.directory.imports;

import java.util.Locale;
import java.util.Optional;

/** The file formats an import reads (and an export writes). */
public enum FileKind {
    XLSX, CSV,
    /** Open Referral HSDS 3.0: JSON (object, array, Page, bundle) or the tabular package as a zip. */
    HSDS;

    /**
     * The kind of an uploaded file: a zip named {@code .zip} is an HSDS tabular package, any other zip XLSX; a
     * {@code .json} file (or one that starts with an object or array) is HSDS; else by the name's ending.
     */
    public static Optional<FileKind> detect(String fileName, byte[] content) {
        String name = fileName.toLowerCase(Locale.ROOT);
        if (content.length >= 4 && content[0] == 'P' && content[1] == 'K' && content[2] == 3 && content[3] == 4) {
            return Optional.of(name.endsWith(".zip") ? HSDS : XLSX);
        }
        if (name.endsWith(".xlsx")) {
            return Optional.empty(); // named XLSX, but not a zip: a broken or renamed file
        }
        if (name.endsWith(".json") || startsWithJson(content) && !name.endsWith(".csv") && !name.endsWith(".txt")) {
            return Optional.of(HSDS);
        }
        if (name.endsWith(".csv") || name.endsWith(".txt")) {
            return Optional.of(CSV);
        }
        return Optional.empty();
    }

    private static boolean startsWithJson(byte[] content) {
        int i = content.length >= 3 && (content[0] & 0xFF) == 0xEF ? 3 : 0;
        while (i < content.length && Character.isWhitespace(content[i])) {
            i++;
        }
        return i < content.length && (content[i] == '{' || content[i] == '[');
    }
}
