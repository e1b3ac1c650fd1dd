package de.integrationsnetz.directory.hsds;

import de.integrationsnetz.shared.DistrictKey;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * The filters of {@code /hsds/services} (HSDS API reference) plus ours: {@code district} (ARS). Every filter is
 * optional; all given ones must match.
 *
 * @param search full text, through the search index
 * @param taxonomyTermId services classified with this term or one of its sub-terms
 * @param taxonomyId services with any term of this taxonomy
 * @param modifiedAfter services changed on or after this instant
 */
public record ServiceQuery(@Nullable String search, @Nullable UUID taxonomyTermId, @Nullable UUID taxonomyId,
        @Nullable UUID organizationId, @Nullable Instant modifiedAfter, @Nullable DistrictKey district) {

    public ServiceQuery {
        search = search == null || search.isBlank() ? null : search.strip();
    }
}
