package de.integrationsnetz.directory.imports;

/** The uploaded file cannot be read as a table (message key {@code directory.import.file.<code>}). */
public class UnreadableFile extends RuntimeException {

    private final String code;

    public UnreadableFile(String code, String message, Throwable cause) {
        super(message, cause);
        this.code = code;
    }

    public UnreadableFile(String code, String message) {
        super(message);
        this.code = code;
    }

    /** The message key's last part: {@code format}, {@code empty}, {@code too-large}, {@code no-header}. */
    public String code() {
        return code;
    }
}
