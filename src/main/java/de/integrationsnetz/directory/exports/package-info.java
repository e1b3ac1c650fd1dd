/**
 * Exports of the back-office offer list as XLSX and CSV, with the columns an import understands
 * ({@link de.integrationsnetz.directory.imports.OfferColumn}), and the import template.
 */
@org.jspecify.annotations.NullMarked
package de.integrationsnetz.directory.exports;
