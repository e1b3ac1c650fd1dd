package de.integrationsnetz.directory.taxonomy;

import de.integrationsnetz.directory.ContentLanguage;
import de.integrationsnetz.shared.DistrictKey;
import de.integrationsnetz.shared.DistrictScoped;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.jspecify.annotations.Nullable;

/**
 * A term of a taxonomy (HSDS taxonomy_term). Its code is immutable and hierarchical ({@code beratung.mbe} is a child
 * of {@code beratung}); it has a non-blank label in every {@link ContentLanguage}. Statewide data: it belongs to no
 * district. A term in use is deactivated, never deleted.
 */
@Entity
@Table(name = "taxonomy_terms", schema = "directory")
public class TaxonomyTerm implements DistrictScoped {

    @Id
    private UUID id;

    @Column(name = "taxonomy_id", nullable = false)
    private UUID taxonomyId;

    @Column(nullable = false, length = 80)
    private String code;

    @Column(name = "parent_id")
    private @Nullable UUID parentId;

    @Column(nullable = false)
    private int position;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    private Map<String, String> labels = new HashMap<>();

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    private Map<String, String> descriptions = new HashMap<>();

    @Column(nullable = false)
    private boolean active;

    @Version
    private long version;

    protected TaxonomyTerm() {}

    public TaxonomyTerm(UUID id, UUID taxonomyId, String code, @Nullable UUID parentId, int position,
            Map<ContentLanguage, String> labels) {
        if (code == null || !code.matches("[a-z0-9-]+(\\.[a-z0-9-]+)*")) {
            throw new IllegalArgumentException("A term code is dot-separated lower-case words: " + code);
        }
        this.id = id;
        this.taxonomyId = taxonomyId;
        this.code = code;
        this.parentId = parentId;
        this.position = position;
        this.active = true;
        relabel(labels);
    }

    /** Replaces the labels; every content language needs a non-blank one. */
    public void relabel(Map<ContentLanguage, String> newLabels) {
        Map<String, String> checked = new HashMap<>();
        for (ContentLanguage language : ContentLanguage.values()) {
            String label = newLabels.get(language);
            if (label == null || label.isBlank()) {
                throw new IllegalArgumentException("Term " + code + " needs a label in " + language.code());
            }
            checked.put(language.code(), label.strip());
        }
        this.labels = checked;
    }

    public void deactivate() {
        this.active = false;
    }

    /** Offers the term again in forms and filters. */
    public void reactivate() {
        this.active = true;
    }

    /** Sets the German description (HSDS {@code taxonomy_term.description}); blank removes it. */
    public void describe(@Nullable String germanDescription) {
        Map<String, String> changed = new HashMap<>(descriptions);
        if (germanDescription == null || germanDescription.isBlank()) {
            changed.remove(ContentLanguage.DE.code());
        } else {
            changed.put(ContentLanguage.DE.code(), germanDescription.strip());
        }
        this.descriptions = changed;
    }

    /** Descriptions by language code (German only so far). */
    public Map<String, String> descriptions() {
        return Map.copyOf(descriptions);
    }

    public long version() {
        return version;
    }

    public UUID id() {
        return id;
    }

    public UUID taxonomyId() {
        return taxonomyId;
    }

    public String code() {
        return code;
    }

    public @Nullable UUID parentId() {
        return parentId;
    }

    public int position() {
        return position;
    }

    /** Labels by language code. */
    public Map<String, String> labels() {
        return Map.copyOf(labels);
    }

    public boolean active() {
        return active;
    }

    @Override
    public @Nullable DistrictKey owningDistrict() {
        return null;
    }
}
