package de.integrationsnetz.directory.imports;

import de.integrationsnetz.directory.hsds.HsdsMapping;
import de.integrationsnetz.directory.taxonomy.TaxonomyCatalog;
import java.lang.ref.SoftReference;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * An uploaded file as a table, whatever its kind: XLSX and CSV through {@link TableReader}, HSDS through
 * {@link HsdsOfferTable} (with the current taxonomy, so that HSDS taxonomy terms become our codes).
 *
 * <p>A job's file never changes, so the tables of the last few XLSX and CSV jobs are kept (softly): the upload, every
 * preview of the mapping, the validation and the commit parse the file once. HSDS tables are read again each time,
 * because they depend on the taxonomy of the moment.
 */
@Component
class ImportTables {

    private static final int KEPT = 3;

    private final TaxonomyCatalog catalog;
    private final Map<UUID, SoftReference<Table>> recent = new LinkedHashMap<>(8, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<UUID, SoftReference<Table>> eldest) {
            return size() > KEPT;
        }
    };

    ImportTables(TaxonomyCatalog catalog) {
        this.catalog = catalog;
    }

    /** Keeps the table just read from a job's upload. */
    synchronized void remember(UUID job, FileKind kind, Table table) {
        if (kind != FileKind.HSDS) {
            recent.put(job, new SoftReference<>(table));
        }
    }

    /**
     * The job's file as a table: kept, or read from the store.
     *
     * @throws UnreadableFile when the file is no longer kept
     */
    Table read(UUID job, FileKind kind, ImportStore store) {
        Table kept = kept(job);
        if (kept != null && store.hasFile(job)) {
            return kept;
        }
        byte[] content = store.file(job).orElseThrow(
                () -> new UnreadableFile("expired", "The file of import job " + job + " is no longer kept"));
        Table table = read(kind, content);
        remember(job, kind, table);
        return table;
    }

    private synchronized @Nullable Table kept(UUID job) {
        SoftReference<Table> reference = recent.get(job);
        return reference == null ? null : reference.get();
    }

    Table read(FileKind kind, byte[] content) {
        return kind == FileKind.HSDS ? HsdsOfferTable.read(content, new HsdsMapping(catalog.snapshot()))
                : TableReader.read(kind, content);
    }
}
