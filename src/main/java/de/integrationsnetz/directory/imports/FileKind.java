package de.integrationsnetz.directory.imports;

import java.util.Locale;
import java.util.Optional;

/** The file formats an import reads (and an export writes). */
public enum FileKind {
    XLSX, CSV;

    /** The kind of an uploaded file: by its first bytes (a zip is XLSX), else by the name's ending. */
    public static Optional<FileKind> detect(String fileName, byte[] content) {
        if (content.length >= 4 && content[0] == 'P' && content[1] == 'K' && content[2] == 3 && content[3] == 4) {
            return Optional.of(XLSX);
        }
        String name = fileName.toLowerCase(Locale.ROOT);
        if (name.endsWith(".xlsx")) {
            return Optional.empty(); // named XLSX, but not a zip: a broken or renamed file
        }
        if (name.endsWith(".csv") || name.endsWith(".txt")) {
            return Optional.of(CSV);
        }
        return Optional.empty();
    }
}
