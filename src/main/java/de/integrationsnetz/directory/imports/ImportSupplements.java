package de.integrationsnetz.directory.imports;

/**
 * What a kind of import writes beyond the offer table (e.g. an HSDS file's schedules, translations, further sites and
 * contact persons). {@link ImportWriter} calls every such bean at the end of {@code write()}, in the same transaction,
 * after all offers of the job are in the database; a bean loads them by id and adds its part through the aggregates'
 * own methods. Throwing {@link ImportRowsFailed} rolls the whole job back.
 */
interface ImportSupplements {

    void apply(ImportJob job, Table table);
}
