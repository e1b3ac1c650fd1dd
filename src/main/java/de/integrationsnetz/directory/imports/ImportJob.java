package de.integrationsnetz.directory.imports;

import de.integrationsnetz.directory.OrganisationId;
import de.integrationsnetz.directory.offer.OfferStatus;
import de.integrationsnetz.shared.DistrictKey;
import de.integrationsnetz.shared.DistrictScoped;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * An import of offers from one file into one district (for a provider: into their organisation). Its changes are in
 * the audit trail (who, which file, how many rows); the file itself and the report rows are kept outside the entity
 * ({@code import_files}, {@code import_errors}), so they never reach the trail. Status changes only through its
 * methods, in the order of docs/directory.md §7.2.
 */
@Entity
@Table(name = "import_jobs", schema = "directory")
public class ImportJob implements DistrictScoped {

    @Id
    private UUID id;

    @Column(name = "district_key", nullable = false, length = 5)
    private String districtKey;

    @Column(name = "organisation_id")
    private @Nullable UUID organisationId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private FileKind kind;

    @Column(name = "file_name", nullable = false, length = 300)
    private String fileName;

    @Column(name = "file_size", nullable = false)
    private long fileSize;

    @Column(nullable = false, length = 64)
    private String sha256;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ImportStatus status;

    @Enumerated(EnumType.STRING)
    @Column(name = "target_status", nullable = false, length = 20)
    private OfferStatus targetStatus = OfferStatus.DRAFT;

    @Column(name = "create_organisations", nullable = false)
    private boolean createOrganisations = true;

    @Column(columnDefinition = "text")
    private @Nullable String mapping;

    @Column(name = "total_rows", nullable = false)
    private int totalRows;

    @Column(name = "processed_rows", nullable = false)
    private int processedRows;

    @Column(name = "error_count", nullable = false)
    private int errorCount;

    @Column(name = "warning_count", nullable = false)
    private int warningCount;

    @Column(name = "created_offers", nullable = false)
    private int createdOffers;

    @Column(name = "created_organisations", nullable = false)
    private int createdOrganisations;

    @Column(name = "created_locations", nullable = false)
    private int createdLocations;

    @Column(length = 1000)
    private @Nullable String message;

    @Column(name = "created_by")
    private @Nullable UUID createdBy;

    @Column(name = "created_by_name", nullable = false, length = 200)
    private String createdByName;

    @Column(nullable = false)
    private boolean demo;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "finished_at")
    private @Nullable Instant finishedAt;

    @Version
    private long version;

    protected ImportJob() {}

    public ImportJob(UUID id, DistrictKey district, @Nullable OrganisationId organisation, FileKind kind,
            String fileName, long fileSize, String sha256, int totalRows, String mapping, @Nullable UUID createdBy,
            String createdByName, Instant now, boolean demo) {
        if (fileName == null || fileName.isBlank() || sha256 == null || sha256.length() != 64) {
            throw new IllegalArgumentException("An import job needs a file name and its SHA-256");
        }
        this.id = id;
        this.districtKey = district.value();
        this.organisationId = organisation == null ? null : organisation.value();
        this.kind = kind;
        this.fileName = fileName.length() > 300 ? fileName.substring(fileName.length() - 300) : fileName;
        this.fileSize = fileSize;
        this.sha256 = sha256;
        this.totalRows = totalRows;
        this.mapping = mapping;
        this.createdBy = createdBy;
        this.createdByName = createdByName.length() > 200 ? createdByName.substring(0, 200) : createdByName;
        this.status = ImportStatus.UPLOADED;
        this.createdAt = now;
        this.updatedAt = now;
        this.demo = demo;
    }

    /** Stores the user's mapping and options; a validated or invalid job is validated again. */
    public void map(String newMapping, OfferStatus newTargetStatus, boolean newCreateOrganisations, Instant now) {
        require(ImportStatus.UPLOADED, ImportStatus.MAPPED, ImportStatus.VALIDATED, ImportStatus.INVALID);
        if (newTargetStatus != OfferStatus.DRAFT && newTargetStatus != OfferStatus.IN_REVIEW) {
            throw new IllegalArgumentException("Imports create drafts or offers in review, not " + newTargetStatus);
        }
        this.mapping = newMapping;
        this.targetStatus = newTargetStatus;
        this.createOrganisations = newCreateOrganisations;
        this.status = ImportStatus.MAPPED;
        this.errorCount = 0;
        this.warningCount = 0;
        this.processedRows = 0;
        this.message = null;
        this.updatedAt = now;
    }

    void startValidation(Instant now) {
        require(ImportStatus.MAPPED);
        this.status = ImportStatus.VALIDATING;
        this.processedRows = 0;
        this.updatedAt = now;
    }

    void validated(int errors, int warnings, Instant now) {
        require(ImportStatus.VALIDATING);
        this.errorCount = errors;
        this.warningCount = warnings;
        this.processedRows = totalRows;
        this.status = errors == 0 ? ImportStatus.VALIDATED : ImportStatus.INVALID;
        this.updatedAt = now;
    }

    void startCommit(Instant now) {
        require(ImportStatus.VALIDATED);
        this.status = ImportStatus.COMMITTING;
        this.processedRows = 0;
        this.updatedAt = now;
    }

    void committed(int offers, int organisations, int locations, Instant now) {
        require(ImportStatus.COMMITTING);
        this.status = ImportStatus.COMMITTED;
        this.createdOffers = offers;
        this.createdOrganisations = organisations;
        this.createdLocations = locations;
        this.processedRows = totalRows;
        // The job's audit entry stands for every row it wrote (the rows go in by COPY, past the trail, §9.2): this
        // update names the file next to the counts, so that the one entry says who imported what.
        this.message = abbreviate("Imported " + fileName + ": " + offers + " offers, " + organisations
                + " organisations, " + locations + " locations");
        this.finishedAt = now;
        this.updatedAt = now;
    }

    void failed(String why, int errors, Instant now) {
        this.status = ImportStatus.FAILED;
        this.message = abbreviate(why);
        this.errorCount = errors;
        this.createdOffers = 0;
        this.createdOrganisations = 0;
        this.createdLocations = 0;
        this.finishedAt = now;
        this.updatedAt = now;
    }

    public void discard(Instant now) {
        if (status == ImportStatus.COMMITTED || status.isRunning()) {
            throw new ImportNotAllowed(id, "discard", status);
        }
        this.status = ImportStatus.DISCARDED;
        this.finishedAt = now;
        this.updatedAt = now;
    }

    private static String abbreviate(String text) {
        return text.length() > 1000 ? text.substring(0, 1000) : text;
    }

    private void require(ImportStatus... allowed) {
        for (ImportStatus candidate : allowed) {
            if (status == candidate) {
                return;
            }
        }
        throw new ImportNotAllowed(id, "change", status);
    }

    // ---------------------------------------------------------------- accessors

    public UUID id() {
        return id;
    }

    public DistrictKey district() {
        return DistrictKey.of(districtKey);
    }

    @Override
    public DistrictKey owningDistrict() {
        return district();
    }

    public Optional<OrganisationId> organisation() {
        return Optional.ofNullable(organisationId).map(OrganisationId::of);
    }

    public FileKind kind() {
        return kind;
    }

    public String fileName() {
        return fileName;
    }

    public long fileSize() {
        return fileSize;
    }

    public String sha256() {
        return sha256;
    }

    public ImportStatus status() {
        return status;
    }

    public OfferStatus targetStatus() {
        return targetStatus;
    }

    public boolean createOrganisations() {
        return createOrganisations;
    }

    public ColumnMapping mapping() {
        return ColumnMapping.parse(mapping);
    }

    public int totalRows() {
        return totalRows;
    }

    public int processedRows() {
        return processedRows;
    }

    public int errorCount() {
        return errorCount;
    }

    public int warningCount() {
        return warningCount;
    }

    public int createdOffers() {
        return createdOffers;
    }

    public int createdOrganisations() {
        return createdOrganisations;
    }

    public int createdLocations() {
        return createdLocations;
    }

    public @Nullable String message() {
        return message;
    }

    public @Nullable UUID createdBy() {
        return createdBy;
    }

    public String createdByName() {
        return createdByName;
    }

    public boolean isDemo() {
        return demo;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public @Nullable Instant finishedAt() {
        return finishedAt;
    }

    public long version() {
        return version;
    }

    /** Percent of rows processed, 0 to 100. */
    public int percent() {
        return totalRows == 0 ? 100 : Math.min(100, processedRows * 100 / totalRows);
    }
}
