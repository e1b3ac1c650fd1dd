package de.integrationsnetz.directory.taxonomy;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A classification scheme (HSDS taxonomy), e.g. the offer categories. Statewide; seeded by the migration. */
@Entity
@Table(name = "taxonomies", schema = "directory")
public class Taxonomy {

    @Id
    private UUID id;

    @Column(nullable = false, length = 60, unique = true)
    private String code;

    @Column(nullable = false, length = 200)
    private String name;

    @Column(nullable = false, columnDefinition = "text")
    private String description;

    @Column(length = 500)
    private @Nullable String uri;

    @Column(name = "version_label", length = 40)
    private @Nullable String versionLabel;

    @Version
    private long version;

    protected Taxonomy() {}

    public Taxonomy(UUID id, String code, String name, String description) {
        if (code == null || !code.matches("[a-z0-9-]{1,60}")) {
            throw new IllegalArgumentException("A taxonomy code is lower case letters, digits and dashes: " + code);
        }
        this.id = id;
        this.code = code;
        this.name = name;
        this.description = description;
    }

    public UUID id() {
        return id;
    }

    public String code() {
        return code;
    }

    public String name() {
        return name;
    }

    public String description() {
        return description;
    }

    public @Nullable String versionLabel() {
        return versionLabel;
    }
}
