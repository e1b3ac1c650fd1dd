package de.integrationsnetz.geography.reference;

import java.util.Map;

/**
 * Outcome of one start-up check of the reference data.
 *
 * @param loaded whether the tables were (re)written; false when the stored checksum matched the files
 * @param rowCounts rows written per table (empty when nothing was loaded)
 */
record ReferenceDataLoad(String checksum, boolean loaded, Map<String, Integer> rowCounts) {}
