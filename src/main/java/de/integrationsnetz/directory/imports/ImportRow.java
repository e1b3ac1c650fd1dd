package de.integrationsnetz.directory.imports;

import de.integrationsnetz.directory.offer.OfferContent;
import de.integrationsnetz.directory.offer.OfferStatus;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One data row read into an offer: the parts that the commit resolves against the database (organisation, place) and
 * the content (without sites: those come from the place). {@code content} is {@code null} when the row has errors.
 *
 * @param status the row's own status (DRAFT or IN_REVIEW), or {@code null} for the job's
 */
record ImportRow(int line, @Nullable UUID id, @Nullable UUID organisationId, @Nullable String organisationName,
        @Nullable String street, @Nullable String postalCode, @Nullable String city, @Nullable OfferStatus status,
        @Nullable OfferContent content, List<ImportProblem> problems) {

    boolean hasErrors() {
        return problems.stream().anyMatch(problem -> !problem.warning());
    }

    boolean hasPlace() {
        return street != null || postalCode != null || city != null;
    }
}
