package de.integrationsnetz.directory.offer;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.UUID;

/**
 * A term of a statewide taxonomy that classifies an offer (category, target group or feature), with the taxonomy's
 * and the term's code copied, so that the index and HSDS need no lookup. A row of {@code offer_classifications}.
 */
@Embeddable
public record Classification(
        @Column(name = "term_id", nullable = false) UUID termId,
        @Column(nullable = false, length = 60) String taxonomy,
        @Column(nullable = false, length = 80) String code) {

    public Classification {
        if (termId == null || taxonomy == null || taxonomy.isBlank() || code == null || code.isBlank()) {
            throw new IllegalArgumentException("A classification needs a term, its taxonomy and its code");
        }
    }
}
