package de.integrationsnetz.directory.workbench;

import de.integrationsnetz.directory.translation.TranslatedField;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.util.Objects;

/**
 * One field of a pending translation: the proposed text, whether a machine made it, and the fingerprint of the German
 * text it was made from (so that accepting it later still knows whether the German text changed in between).
 */
@Embeddable
public class ProposedText {

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private TranslatedField field;

    @Column(nullable = false, columnDefinition = "text")
    private String text;

    @Column(nullable = false)
    private boolean machine;

    @Column(name = "source_hash", nullable = false, length = 64)
    private String sourceHash;

    protected ProposedText() {
    }

    public ProposedText(TranslatedField field, String text, boolean machine, String sourceHash) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("A proposed translation needs a text");
        }
        this.field = Objects.requireNonNull(field, "field");
        this.text = text.strip();
        this.machine = machine;
        this.sourceHash = Objects.requireNonNull(sourceHash, "sourceHash");
    }

    public TranslatedField field() {
        return field;
    }

    public String text() {
        return text;
    }

    public boolean machine() {
        return machine;
    }

    public String sourceHash() {
        return sourceHash;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ProposedText that && field == that.field && text.equals(that.text)
                && machine == that.machine && sourceHash.equals(that.sourceHash);
    }

    @Override
    public int hashCode() {
        return Objects.hash(field, text, machine, sourceHash);
    }
}
