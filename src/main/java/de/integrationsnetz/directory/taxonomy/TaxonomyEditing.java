package de.integrationsnetz.directory.taxonomy;

import de.integrationsnetz.directory.ContentLanguage;
import de.integrationsnetz.directory.common.DirectoryRuleViolation;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
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
    public record TaxonomyOverview(String code, boolean extensible, List<TermRow> terms) {}

    /** A term as the overview lists it. */
    public record TermRow(UUID id, String code, int depth, Map<ContentLanguage, String> labels, boolean active) {
        public String label(ContentLanguage language) {
            return labels.getOrDefault(language, labels.get(ContentLanguage.DE));
        }
    }

    /** Everything the edit form needs. */
    public record TermDetails(UUID id, String taxonomyCode, String code, Map<ContentLanguage, String> labels,
            String description, boolean active, long version, boolean fixed) {}

    /**
     * The four taxonomies in a fixed order (categories, target groups, features, actor types), read from the
     * {@link TaxonomyCatalog}, which holds every term and is reloaded after each change.
     */
    public List<TaxonomyOverview> overview() {
        CatalogSnapshot snapshot = catalog.snapshot();
        List<TaxonomyOverview> result = new ArrayList<>();
        for (String code : List.of(TaxonomyCatalog.CATEGORIES, TaxonomyCatalog.TARGET_GROUPS,
                TaxonomyCatalog.FEATURES, TaxonomyCatalog.ACTOR_TYPES)) {
            if (!snapshot.taxonomies().contains(code)) {
                continue;
            }
            List<TermRow> rows = snapshot.allTerms(code).stream()
                    .map(term -> new TermRow(term.id().value(), term.code(), term.depth(), term.labels(),
                            term.active()))
                    .toList();
            result.add(new TaxonomyOverview(code, isExtensible(code), rows));
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
        Taxonomy taxonomy = taxonomies.findByCode(taxonomyCode)
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
        if (terms.existsByTaxonomyIdAndCode(taxonomy.id(), code)) {
            throw new DirectoryRuleViolation("code", "directory.validation.taxonomy.code-taken",
                    "The code " + code + " exists already");
        }
        UUID parentKey = parent == null ? null : parent.id();
        int position = terms.findFirstByTaxonomyIdAndParentIdOrderByPositionDesc(taxonomy.id(), parentKey)
                .map(TaxonomyTerm::position).orElse(0) + 1;
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

}
