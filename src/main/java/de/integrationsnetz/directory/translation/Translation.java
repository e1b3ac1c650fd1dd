package de.integrationsnetz.directory.translation;

import de.integrationsnetz.directory.ContentLanguage;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One translated text of one field in one language (a row of {@code offer_translations}, {@code
 * organisation_translations} or {@code location_translations}), with the fingerprint of the German text it was made
 * from. Its status is stored for querying and is always a function of the hashes; see {@link Translations}.
 */
@Embeddable
public class Translation {

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private TranslatedField field;

    @Column(nullable = false, length = 2)
    private String language;

    @Column(nullable = false, columnDefinition = "text")
    private String text;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private TranslationStatus status;

    @Column(name = "source_hash", nullable = false, length = 64)
    private String sourceHash;

    @Column(nullable = false)
    private boolean machine;

    @Column(name = "translated_at", nullable = false)
    private Instant translatedAt;

    @Column(name = "translated_by", length = 200)
    private @Nullable String translatedBy;

    protected Translation() {
    }

    Translation(TranslatedField field, ContentLanguage language, String text, String sourceHash, boolean machine,
            Instant translatedAt, @Nullable String translatedBy) {
        if (language == ContentLanguage.DE) {
            throw new IllegalArgumentException("German is the source, not a translation");
        }
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("A translation needs a text");
        }
        this.field = Objects.requireNonNull(field, "field");
        this.language = language.code();
        this.text = text.strip();
        this.sourceHash = Objects.requireNonNull(sourceHash, "sourceHash");
        this.status = TranslationStatus.CURRENT;
        this.machine = machine;
        this.translatedAt = Objects.requireNonNull(translatedAt, "translatedAt");
        this.translatedBy = translatedBy;
    }

    /** Sets the stored status from the fingerprint of the German text as it is now. */
    void refreshAgainst(String currentSourceHash) {
        status = sourceHash.equals(currentSourceHash) ? TranslationStatus.CURRENT : TranslationStatus.OUTDATED;
    }

    public TranslatedField field() {
        return field;
    }

    public ContentLanguage language() {
        return ContentLanguage.ofCode(language);
    }

    public String text() {
        return text;
    }

    public TranslationStatus status() {
        return status;
    }

    public String sourceHash() {
        return sourceHash;
    }

    public boolean machine() {
        return machine;
    }

    public Instant translatedAt() {
        return translatedAt;
    }

    public @Nullable String translatedBy() {
        return translatedBy;
    }

    boolean isFor(TranslatedField field, ContentLanguage language) {
        return this.field == field && this.language.equals(language.code());
    }
}
