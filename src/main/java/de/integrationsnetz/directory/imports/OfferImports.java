package de.integrationsnetz.directory.imports;

import de.integrationsnetz.directory.OrganisationId;
import de.integrationsnetz.directory.access.NotInScope;
import de.integrationsnetz.directory.access.OrganisationScope;
import de.integrationsnetz.directory.access.DirectoryAccess;
import de.integrationsnetz.directory.offer.OfferStatus;
import de.integrationsnetz.identity.CurrentUser;
import de.integrationsnetz.identity.Role;
import de.integrationsnetz.shared.DistrictKey;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Import jobs on behalf of a user. A coordinator or county admin imports into their district (offers of any of its
 * organisations; missing organisations may be created); a provider imports only for their own organisation. Another
 * district's job is not found (404); another organisation's job in the district is forbidden to a provider (403).
 */
@Service
@Transactional
public class OfferImports {

    private final ImportJobRepository jobs;
    private final ImportStore store;
    private final ImportRunner runner;
    private final ImportVocabulary vocabulary;
    private final DirectoryAccess access;
    private final ImportProperties properties;
    private final Clock clock;
    private final ImportTables tables;

    OfferImports(ImportJobRepository jobs, ImportStore store, ImportRunner runner, ImportVocabulary vocabulary,
            DirectoryAccess access, ImportProperties properties, Clock clock, ImportTables tables) {
        this.tables = tables;
        this.jobs = jobs;
        this.store = store;
        this.runner = runner;
        this.vocabulary = vocabulary;
        this.access = access;
        this.properties = properties;
        this.clock = clock;
    }

    /**
     * Stores an uploaded file as a new job with a mapping guessed from the headers.
     *
     * @throws UnreadableFile when the file is too large, of another format, or not a table
     */
    public UUID upload(CurrentUser user, String fileName, byte[] content) {
        Target target = target(user);
        if (content.length > properties.maxFileSize().toBytes()) {
            throw new UnreadableFile("too-large", "The file is larger than " + properties.maxFileSize());
        }
        FileKind kind = FileKind.detect(fileName, content)
                .orElseThrow(() -> new UnreadableFile("format", "Neither XLSX, CSV nor HSDS: " + fileName));
        Table table = tables.read(kind, content);
        if (table.rows().isEmpty()) {
            throw new UnreadableFile("no-rows", "The file has a header but no rows");
        }
        if (table.rows().size() > properties.maxRows()) {
            throw new UnreadableFile("too-many-rows", "More than " + properties.maxRows() + " rows");
        }
        Instant now = clock.instant();
        ImportJob job = new ImportJob(UUID.randomUUID(), target.district(), target.organisation(), kind,
                fileName.isBlank() ? "upload" : fileName, content.length, sha256(content), table.rows().size(),
                ColumnMapping.auto(table.headers()).format(), user.id().value(), user.displayName(), now, false);
        jobs.saveAndFlush(job);
        store.saveFile(job.id(), content, now);
        tables.remember(job.id(), kind, table);
        return job.id();
    }

    /** The user's recent jobs (their district's, or for a provider their organisation's), newest first. */
    @Transactional(readOnly = true)
    public List<ImportJob> recent(CurrentUser user) {
        OrganisationScope scope = access.scope(user);
        if (!scope.districts().isEmpty()) {
            return jobs.findTop50ByDistrictKeyInOrderByCreatedAtDesc(
                    scope.districts().stream().map(DistrictKey::value).toList());
        }
        if (!scope.organisations().isEmpty()) {
            return jobs.findTop50ByOrganisationIdInOrderByCreatedAtDesc(
                    scope.organisations().stream().map(OrganisationId::value).toList());
        }
        return List.of();
    }

    @Transactional(readOnly = true)
    public ImportJob get(UUID id, CurrentUser user) {
        return load(id, user);
    }

    /** The mapping step: the stored mapping, or the one the user is trying out ({@code proposed}). */
    @Transactional(readOnly = true)
    public ImportPreview preview(UUID id, CurrentUser user, @Nullable ColumnMapping proposed) {
        ImportJob job = load(id, user);
        Table table = tables.read(id, job.kind(), store);
        ColumnMapping mapping = proposed != null ? proposed : job.mapping();
        if (mapping.targets().isEmpty()) {
            mapping = ColumnMapping.auto(table.headers());
        }
        OfferRowParser parser = new OfferRowParser(mapping, vocabulary.snapshot(job.district()),
                job.organisation().isPresent());
        List<Table.Row> rows = table.rows().stream().limit(ImportPreview.ROWS).toList();
        List<ImportProblem> problems = new ArrayList<>();
        rows.forEach(row -> problems.addAll(parser.parse(row).problems()));
        return new ImportPreview(job, table.headers(), mapping, rows, problems, mappingProblems(job, mapping),
                mapping.duplicates());
    }

    /** Message keys of what keeps the mapping from being used; empty when it can be validated. */
    public static List<String> mappingProblems(ImportJob job, ColumnMapping mapping) {
        List<String> problems = new ArrayList<>();
        if (!mapping.maps(OfferColumn.NAME)) {
            problems.add("directory.import.mapping.missing-name");
        }
        if (!mapping.maps(OfferColumn.DESCRIPTION)) {
            problems.add("directory.import.mapping.missing-description");
        }
        if (job.organisation().isEmpty() && !mapping.maps(OfferColumn.ORGANISATION_NAME)
                && !mapping.maps(OfferColumn.ORGANISATION_ID)) {
            problems.add("directory.import.mapping.missing-organisation");
        }
        if (!mapping.duplicates().isEmpty()) {
            problems.add("directory.import.mapping.duplicate");
        }
        return problems;
    }

    /**
     * Stores the mapping and options and starts the validation in the background.
     *
     * @return the mapping's problems; nothing is stored or started when there are any
     */
    public List<String> map(UUID id, CurrentUser user, ColumnMapping mapping, OfferStatus targetStatus,
            boolean createOrganisations) {
        ImportJob job = load(id, user);
        List<String> problems = mappingProblems(job, mapping);
        if (!problems.isEmpty()) {
            return problems;
        }
        job.map(mapping.format(), targetStatus, createOrganisations && job.organisation().isEmpty(), clock.instant());
        jobs.flush();
        afterCommit(() -> runner.validateLater(id));
        return List.of();
    }

    /** Starts writing a validated job in the background. */
    public void commit(UUID id, CurrentUser user) {
        ImportJob job = load(id, user);
        if (job.status() != ImportStatus.VALIDATED) {
            throw new ImportNotAllowed(id, "commit", job.status());
        }
        afterCommit(() -> runner.commitLater(id));
    }

    public void discard(UUID id, CurrentUser user) {
        load(id, user).discard(clock.instant());
    }

    /** One page of the job's report. */
    @Transactional(readOnly = true)
    public List<ImportProblem> problems(UUID id, CurrentUser user, int offset, int limit) {
        load(id, user);
        return store.problems(id, offset, limit);
    }

    @Transactional(readOnly = true)
    public int countProblems(UUID id, CurrentUser user) {
        load(id, user);
        return store.countProblems(id);
    }

    // --- helpers -----------------------------------------------------------------------------------------------

    private record Target(DistrictKey district, @Nullable OrganisationId organisation) {}

    private Target target(CurrentUser user) {
        OrganisationScope scope = access.scope(user);
        if (!scope.districts().isEmpty()) {
            return new Target(access.managedDistrict(user), null);
        }
        if (user.hasRole(Role.PROVIDER) && !scope.organisations().isEmpty() && scope.primaryDistrict() != null) {
            return new Target(scope.primaryDistrict(), scope.organisations().iterator().next());
        }
        throw new AccessDeniedException("Only coordinators, county admins and providers import offers");
    }

    private ImportJob load(UUID id, CurrentUser user) {
        ImportJob job = jobs.findById(id).orElseThrow(() -> new NotInScope(id));
        if (user.hasRoleIn(job.district(), Role.COUNTY_ADMIN, Role.COORDINATOR)) {
            return job;
        }
        if (!user.canWorkIn(job.district())) {
            throw new NotInScope(id);
        }
        if (job.organisation().isPresent() && access.scope(user).organisations().contains(job.organisation().get())) {
            return job;
        }
        throw new AccessDeniedException("Import job " + id + " belongs to another organisation");
    }

    private static void afterCommit(Runnable task) {
        if (org.springframework.transaction.support.TransactionSynchronizationManager.isSynchronizationActive()) {
            org.springframework.transaction.support.TransactionSynchronizationManager.registerSynchronization(
                    new org.springframework.transaction.support.TransactionSynchronization() {
                        @Override
                        public void afterCommit() {
                            task.run();
                        }
                    });
        } else {
            task.run();
        }
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
