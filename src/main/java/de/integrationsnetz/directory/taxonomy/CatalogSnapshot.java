package de.integrationsnetz.directory.taxonomy;

import de.integrationsnetz.directory.ContentLanguage;
import de.integrationsnetz.directory.TaxonomyTermId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An immutable view of all taxonomy terms: by id, by taxonomy and code, and per taxonomy in tree order (each parent
 * followed by its children, siblings by position). Lookups never touch the database.
 */
public final class CatalogSnapshot {

    static final CatalogSnapshot EMPTY = of(List.of());

    private final Map<TaxonomyTermId, CatalogTerm> byId;
    private final Map<String, CatalogTerm> byCode;
    private final Map<String, List<CatalogTerm>> treeOrder;

    private CatalogSnapshot(Map<TaxonomyTermId, CatalogTerm> byId, Map<String, CatalogTerm> byCode,
            Map<String, List<CatalogTerm>> treeOrder) {
        this.byId = byId;
        this.byCode = byCode;
        this.treeOrder = treeOrder;
    }

    public static CatalogSnapshot of(Collection<CatalogTerm> terms) {
        Map<TaxonomyTermId, CatalogTerm> byId = new HashMap<>();
        Map<String, CatalogTerm> byCode = new HashMap<>();
        Map<String, List<CatalogTerm>> perTaxonomy = new LinkedHashMap<>();
        for (CatalogTerm term : terms) {
            byId.put(term.id(), term);
            byCode.put(key(term.taxonomy(), term.code()), term);
            perTaxonomy.computeIfAbsent(term.taxonomy(), taxonomy -> new ArrayList<>()).add(term);
        }
        Map<String, List<CatalogTerm>> treeOrder = new LinkedHashMap<>();
        perTaxonomy.forEach((taxonomy, list) -> treeOrder.put(taxonomy, List.copyOf(inTreeOrder(list))));
        return new CatalogSnapshot(Map.copyOf(byId), Map.copyOf(byCode), treeOrder);
    }

    private static List<CatalogTerm> inTreeOrder(List<CatalogTerm> terms) {
        Comparator<CatalogTerm> siblings = Comparator.comparingInt(CatalogTerm::position).thenComparing(CatalogTerm::code);
        Map<String, List<CatalogTerm>> children = new HashMap<>();
        List<CatalogTerm> roots = new ArrayList<>();
        for (CatalogTerm term : terms) {
            if (term.parentCode() == null) {
                roots.add(term);
            } else {
                children.computeIfAbsent(term.parentCode(), parent -> new ArrayList<>()).add(term);
            }
        }
        List<CatalogTerm> ordered = new ArrayList<>();
        roots.sort(siblings);
        for (CatalogTerm root : roots) {
            appendWithChildren(root, children, siblings, ordered);
        }
        return ordered;
    }

    private static void appendWithChildren(CatalogTerm term, Map<String, List<CatalogTerm>> children,
            Comparator<CatalogTerm> siblings, List<CatalogTerm> ordered) {
        ordered.add(term);
        List<CatalogTerm> own = new ArrayList<>(children.getOrDefault(term.code(), List.of()));
        own.sort(siblings);
        for (CatalogTerm child : own) {
            appendWithChildren(child, children, siblings, ordered);
        }
    }

    private static String key(String taxonomy, String code) {
        return taxonomy + "\u0000" + code;
    }

    public Optional<CatalogTerm> term(TaxonomyTermId id) {
        return Optional.ofNullable(byId.get(id));
    }

    public Optional<CatalogTerm> term(String taxonomy, String code) {
        return Optional.ofNullable(byCode.get(key(taxonomy, code)));
    }

    /** The active terms of a taxonomy in tree order; empty for an unknown taxonomy. */
    public List<CatalogTerm> terms(String taxonomy) {
        return treeOrder.getOrDefault(taxonomy, List.of()).stream().filter(CatalogTerm::active).toList();
    }

    /** All terms of a taxonomy in tree order, inactive ones too (for maintenance); empty for an unknown taxonomy. */
    List<CatalogTerm> allTerms(String taxonomy) {
        return treeOrder.getOrDefault(taxonomy, List.of());
    }

    /** The codes of the taxonomies, in the order they were loaded. */
    public List<String> taxonomies() {
        return List.copyOf(treeOrder.keySet());
    }

    /** The term's label, its German label if the language is missing, or the code itself for an unknown term. */
    public String label(String taxonomy, String code, ContentLanguage language) {
        return term(taxonomy, code).map(term -> term.label(language)).orElse(code);
    }

    /** The term's code and those of its ancestors, closest first ({@code beratung.mbe}, {@code beratung}). */
    public List<String> selfAndAncestors(String taxonomy, String code) {
        List<String> codes = new ArrayList<>();
        Optional<CatalogTerm> current = term(taxonomy, code);
        while (current.isPresent()) {
            codes.add(current.get().code());
            String parent = current.get().parentCode();
            current = parent == null ? Optional.empty() : term(taxonomy, parent);
        }
        return codes;
    }

    public int size() {
        return byId.size();
    }
}
