/**
 * Imports of offers (and their organisations) from XLSX and CSV files: upload, column mapping with a preview,
 * validation with a report (line, column, reason), and a commit of all rows or none (docs/directory.md §7).
 */
@org.jspecify.annotations.NullMarked
package de.integrationsnetz.directory.imports;
