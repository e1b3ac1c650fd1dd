package de.integrationsnetz.directory.taxonomy;

import de.integrationsnetz.directory.ContentLanguage;
import de.integrationsnetz.directory.TaxonomyTermId;
import java.util.EnumMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A taxonomy term as the catalog keeps it in memory.
 *
 * @param taxonomy the code of the term's taxonomy, e.g. {@code integrationsnetz-angebote}
 * @param code the hierarchical code, e.g. {@code beratung.mbe}
 * @param parentCode the parent's code, {@code null} for a top-level term
 * @param labels a label in every content language
 */
public record CatalogTerm(TaxonomyTermId id, String taxonomy, String code, @Nullable String parentCode, int position,
        Map<ContentLanguage, String> labels, boolean active) {

    public CatalogTerm {
        labels = labels.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(labels));
        if (!labels.containsKey(ContentLanguage.DE)) {
            throw new IllegalArgumentException("Term " + code + " has no German label");
        }
    }

    /** The label in the given language, the German one where that is missing. */
    public String label(ContentLanguage language) {
        return labels.getOrDefault(language, labels.get(ContentLanguage.DE));
    }

    /** 0 for a top-level term, 1 for its children, and so on. */
    public int depth() {
        return (int) code.chars().filter(c -> c == '.').count();
    }
}
