package de.integrationsnetz.directory.workbench;

import de.integrationsnetz.directory.ContentLanguage;
import de.integrationsnetz.directory.translation.TranslatedField;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A provider's proposed translations of a published offer into one language, as the editor and the grid show them:
 * waiting for review, or rejected with the coordination's reason.
 */
public record Proposal(ContentLanguage language, PendingTranslation.State status, String proposedByName,
        Instant proposedAt, @Nullable String decidedByName, @Nullable Instant decidedAt, @Nullable String note,
        List<ProposedText> fields) {

    public Proposal {
        fields = List.copyOf(fields);
    }

    static Proposal of(PendingTranslation pending) {
        return new Proposal(pending.language(), pending.status(), pending.proposedByName(), pending.proposedAt(),
                pending.decidedByName(), pending.decidedAt(), pending.decisionNote(), pending.fields());
    }

    public boolean pending() {
        return status == PendingTranslation.State.PENDING;
    }

    public boolean rejected() {
        return status == PendingTranslation.State.REJECTED;
    }

    public Optional<ProposedText> field(TranslatedField field) {
        return fields.stream().filter(text -> text.field() == field).findFirst();
    }
}
