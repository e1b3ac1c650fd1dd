package de.integrationsnetz.directory;

import java.util.UUID;

/**
 * Identifies a term of one of the statewide taxonomies (HSDS {@code taxonomy_term.id}). Seeded terms have name-based
 * ids, so they are equal in every installation.
 */
public record TaxonomyTermId(UUID value) {

    public TaxonomyTermId {
        if (value == null) {
            throw new IllegalArgumentException("A taxonomy term id needs a value");
        }
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
