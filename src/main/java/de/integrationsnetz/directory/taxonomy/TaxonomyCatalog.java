package de.integrationsnetz.directory.taxonomy;

import de.integrationsnetz.directory.ContentLanguage;
import de.integrationsnetz.directory.TaxonomyTermId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * All taxonomy terms with their labels, in memory (a few hundred rows): the finder's facets, forms and exports read
 * labels from here, never from the database. Loaded on first use; {@link TaxonomyEditing} reloads it after each committed change.
 */
@Service
public class TaxonomyCatalog {

    /** Offer categories (Spracherwerb, Beratung, …). */
    public static final String CATEGORIES = "integrationsnetz-angebote";
    /** Target groups (Geflüchtete, Frauen, …). */
    public static final String TARGET_GROUPS = "integrationsnetz-zielgruppen";
    /** Features of an offer (kostenlos, barrierefrei, …). */
    public static final String FEATURES = "integrationsnetz-merkmale";
    /** One term per organisation type. */
    public static final String ACTOR_TYPES = "integrationsnetz-akteurstypen";

    private final TaxonomyRepository taxonomies;
    private final TaxonomyTermRepository terms;
    private final TransactionTemplate transactions;
    private volatile @Nullable CatalogSnapshot snapshot;
    /** Counts the loads, so that caches of labelled answers can tell that the labels changed. */
    private final java.util.concurrent.atomic.AtomicLong loads = new java.util.concurrent.atomic.AtomicLong();

    TaxonomyCatalog(TaxonomyRepository taxonomies, TaxonomyTermRepository terms, TransactionTemplate transactions) {
        this.taxonomies = taxonomies;
        this.terms = terms;
        this.transactions = transactions;
    }

    public Optional<CatalogTerm> term(TaxonomyTermId id) {
        return snapshot().term(id);
    }

    public Optional<CatalogTerm> term(String taxonomy, String code) {
        return snapshot().term(taxonomy, code);
    }

    /** The active terms of a taxonomy, each parent followed by its children. */
    public List<CatalogTerm> terms(String taxonomy) {
        return snapshot().terms(taxonomy);
    }

    public String label(String taxonomy, String code, Locale locale) {
        return snapshot().label(taxonomy, code, ContentLanguage.of(locale));
    }

    /** The term's code and its ancestors' ({@code beratung.mbe}, {@code beratung}), for search filters. */
    public List<String> selfAndAncestors(String taxonomy, String code) {
        return snapshot().selfAndAncestors(taxonomy, code);
    }

    public CatalogSnapshot snapshot() {
        CatalogSnapshot current = snapshot;
        if (current == null) {
            synchronized (this) {
                current = snapshot;
                if (current == null) {
                    current = load();
                    snapshot = current;
                }
            }
        }
        return current;
    }

    /** A number that changes whenever the terms were read again (after a change of terms). */
    public long version() {
        snapshot();
        return loads.get();
    }

    /** Reads all terms again; call after a committed change of terms. */
    public void reload() {
        snapshot = load();
    }

    private CatalogSnapshot load() {
        loads.incrementAndGet();
        CatalogSnapshot loaded = transactions.execute(status -> {
            Map<UUID, String> taxonomyCodes = new HashMap<>();
            taxonomies.findAll().forEach(taxonomy -> taxonomyCodes.put(taxonomy.id(), taxonomy.code()));
            List<TaxonomyTerm> all = terms.findAll();
            Map<UUID, String> codes = new HashMap<>();
            all.forEach(term -> codes.put(term.id(), term.code()));
            List<CatalogTerm> catalog = new ArrayList<>();
            for (TaxonomyTerm term : all) {
                Map<ContentLanguage, String> labels = new EnumMap<>(ContentLanguage.class);
                term.labels().forEach((code, label) -> labels.put(ContentLanguage.ofCode(code), label));
                catalog.add(new CatalogTerm(new TaxonomyTermId(term.id()), taxonomyCodes.get(term.taxonomyId()),
                        term.code(), term.parentId() == null ? null : codes.get(term.parentId()), term.position(),
                        labels, term.active()));
            }
            return CatalogSnapshot.of(catalog);
        });
        return loaded == null ? CatalogSnapshot.EMPTY : loaded;
    }
}
