package de.integrationsnetz.directory.imports;

import de.integrationsnetz.directory.hsds.HsdsMapping;
import de.integrationsnetz.directory.taxonomy.TaxonomyCatalog;
import org.springframework.stereotype.Component;

/**
 * An uploaded file as a table, whatever its kind: XLSX and CSV through {@link TableReader}, HSDS through
 * {@link HsdsOfferTable} (with the current taxonomy, so that HSDS taxonomy terms become our codes).
 */
@Component
class ImportTables {

    private final TaxonomyCatalog catalog;

    ImportTables(TaxonomyCatalog catalog) {
        this.catalog = catalog;
    }

    Table read(FileKind kind, byte[] content) {
        return kind == FileKind.HSDS ? HsdsOfferTable.read(content, new HsdsMapping(catalog.snapshot()))
                : TableReader.read(kind, content);
    }
}
