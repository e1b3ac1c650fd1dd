package de.integrationsnetz.directory.taxonomy;

import de.integrationsnetz.directory.ContentLanguage;
import de.integrationsnetz.directory.common.DirectoryRuleViolation;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.http.HttpStatus;

/**
 * Maintenance of the statewide taxonomies: labels in all seven languages, the German description, (de)activation, and
 * new terms. Codes never change once created, because HSDS exports and saved searches refer to them; a term in use is
 * deactivated, never deleted. The actor types are bound to the {@code OrganisationType} values, so they only take new
 * labels. Every change is audited (statewide, no district) and reloads the {@link TaxonomyCatalog} after the commit.
 */
@Service
public class TaxonomyEditing {

    private final TaxonomyRepository taxonomies;
    private final TaxonomyTermRepository terms;
    private final TaxonomyCatalog catalog;

    TaxonomyEditing(TaxonomyRepository taxonomies, TaxonomyTermRepository terms, TaxonomyCatalog catalog) {
        this.taxonomies = taxonomies;
        this.terms = terms;
        this.catalog = catalog;
    }

    /** A taxonomy with all its terms (inactive ones too) in tree order. */
    public record TaxonomyOverview(UUID id, String code, boolean extensible, List<TermRow> terms) {}

    /** A term as the overview lists it. */
    public record TermRow(UUID id, String code, int depth, Map<ContentLanguage, String> labels, boolean active) {
        public String label(ContentLanguage language) {
            return labels.getOrDefault(language, labels.get(ContentLanguage.DE));
        }
    }

    /** Everything the edit form needs. */
    public record TermDetails(UUID id, String taxonomyCode, String code, Map<ContentLanguage, String> labels,
            String description, boolean active, long version, boolean fixed) {}

    /** The four taxonomies in a fixed order (categories, target groups, features, actor types). */
    @Transactional(readOnly = true)
    public List<TaxonomyOverview> overview() {
        List<TaxonomyTerm> all = terms.findAll();
        List<TaxonomyOverview> result = new ArrayList<>();
        for (String code : List.of(TaxonomyCatalog.CATEGORIES, TaxonomyCatalog.TARGET_GROUPS,
                TaxonomyCatalog.FEATURES, TaxonomyCatalog.ACTOR_TYPES)) {
            Optional<Taxonomy> taxonomy = byCode(code);
            if (taxonomy.isEmpty()) {
                continue;
            }
            List<TermRow> rows = all.stream()
                    .filter(term -> term.taxonomyId().equals(taxonomy.get().id()))
                    .sorted(treeOrder(all))
                    .map(term -> new TermRow(term.id(), term.code(),
                            (int) term.code().chars().filter(c -> c == '.').count(), labelsOf(term), term.active()))
                    .toList();
            result.add(new TaxonomyOverview(taxonomy.get().id(), code, isExtensible(code), rows));
        }
        return result;
    }

    @Transactional(readOnly = true)
    public TermDetails term(UUID id) {
        TaxonomyTerm term = find(id);
        String taxonomyCode = taxonomyCodeOf(term);
        return new TermDetails(term.id(), taxonomyCode, term.code(), labelsOf(term),
                term.descriptions().getOrDefault(ContentLanguage.DE.code(), ""), term.active(), term.version(),
                !isExtensible(taxonomyCode));
    }

    /** New labels, description and state of a term; fails with a conflict when someone else saved it meanwhile. */
    @Transactional
    public void change(UUID id, long expectedVersion, Map<ContentLanguage, String> labels,
            @Nullable String description, boolean active) {
        TaxonomyTerm term = find(id);
        if (term.version() != expectedVersion) {
            throw new ObjectOptimisticLockingFailureException(TaxonomyTerm.class, id);
        }
        term.relabel(labels);
        term.describe(description);
        if (active) {
            term.reactivate();
        } else {
            term.deactivate();
        }
        reloadCatalogAfterCommit();
    }

    /**
     * Adds a term to a taxonomy, at the top level or below {@code parentId}. Its code is the parent's code, a dot and
     * {@code codeSuffix}; the id is name-based, so the same term has the same id in every installation.
     */
    @Transactional
    public UUID add(String taxonomyCode, @Nullable UUID parentId, String codeSuffix,
            Map<ContentLanguage, String> labels, @Nullable String description) {
        Taxonomy taxonomy = byCode(taxonomyCode)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No taxonomy " + taxonomyCode));
        if (!isExtensible(taxonomyCode)) {
            throw new DirectoryRuleViolation("code", "directory.validation.taxonomy.fixed",
                    "The actor types follow the organisation types and take no new terms");
        }
        String suffix = codeSuffix == null ? "" : codeSuffix.strip();
        if (!suffix.matches("[a-z0-9]+(-[a-z0-9]+)*")) {
            throw new DirectoryRuleViolation("code", "directory.validation.taxonomy.code-format",
                    "Not a term code: " + codeSuffix);
        }
        TaxonomyTerm parent = null;
        if (parentId != null) {
            parent = find(parentId);
            if (!parent.taxonomyId().equals(taxonomy.id())) {
                throw new DirectoryRuleViolation("parentId", "directory.validation.taxonomy.parent",
                        "The parent belongs to another taxonomy");
            }
        }
        String code = parent == null ? suffix : parent.code() + "." + suffix;
        List<TaxonomyTerm> siblings = terms.findAll().stream()
                .filter(term -> term.taxonomyId().equals(taxonomy.id()))
                .toList();
        if (siblings.stream().anyMatch(term -> term.code().equals(code))) {
            throw new DirectoryRuleViolation("code", "directory.validation.taxonomy.code-taken",
                    "The code " + code + " exists already");
        }
        UUID parentKey = parent == null ? null : parent.id();
        int position = siblings.stream()
                .filter(term -> Objects.equals(term.parentId(), parentKey))
                .mapToInt(TaxonomyTerm::position).max().orElse(0) + 1;
        UUID id = UUID.nameUUIDFromBytes(("integrationsnetz:taxonomy-term:" + taxonomyCode + ":" + code)
                .getBytes(StandardCharsets.UTF_8));
        TaxonomyTerm term = new TaxonomyTerm(id, taxonomy.id(), code, parentKey, position, labels);
        term.describe(description);
        terms.save(term);
        reloadCatalogAfterCommit();
        return id;
    }

    /** The catalog must read the committed state; reloading inside the transaction could keep a rolled-back term. */
    private void reloadCatalogAfterCommit() {
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                catalog.reload();
            }
        });
    }

    /** Whether new terms may be added (all but the actor types). */
    public static boolean isExtensible(String taxonomyCode) {
        return !TaxonomyCatalog.ACTOR_TYPES.equals(taxonomyCode);
    }

    private Optional<Taxonomy> byCode(String code) {
        return taxonomies.findAll().stream().filter(taxonomy -> taxonomy.code().equals(code)).findFirst();
    }

    private String taxonomyCodeOf(TaxonomyTerm term) {
        return taxonomies.findById(term.taxonomyId()).map(Taxonomy::code).orElseThrow();
    }

    private TaxonomyTerm find(UUID id) {
        return terms.findById(id)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No taxonomy term " + id));
    }

    private static Map<ContentLanguage, String> labelsOf(TaxonomyTerm term) {
        Map<ContentLanguage, String> labels = new EnumMap<>(ContentLanguage.class);
        term.labels().forEach((code, label) -> labels.put(ContentLanguage.ofCode(code), label));
        return labels;
    }

    /** Parents before their children, siblings by position: compares the chain of positions from the root. */
    private static Comparator<TaxonomyTerm> treeOrder(List<TaxonomyTerm> all) {
        Map<UUID, TaxonomyTerm> byId = new HashMap<>();
        all.forEach(term -> byId.put(term.id(), term));
        return (a, b) -> {
            List<Integer> pathA = path(a, byId);
            List<Integer> pathB = path(b, byId);
            for (int i = 0; i < Math.min(pathA.size(), pathB.size()); i++) {
                int compared = Integer.compare(pathA.get(i), pathB.get(i));
                if (compared != 0) {
                    return compared;
                }
            }
            return pathA.size() != pathB.size() ? Integer.compare(pathA.size(), pathB.size())
                    : a.code().compareTo(b.code());
        };
    }

    private static List<Integer> path(TaxonomyTerm term, Map<UUID, TaxonomyTerm> byId) {
        List<Integer> path = new ArrayList<>();
        TaxonomyTerm current = term;
        while (current != null) {
            path.add(0, current.position());
            current = current.parentId() == null ? null : byId.get(current.parentId());
        }
        return path;
    }
}
