/**
 * What the public pages show of the directory (docs/directory.md §5.5): published offers with their organisation,
 * sites, schedules in words and consenting contact persons, and the public organisation page. Read only, without a
 * user's scope: only published offers and consenting contact persons leave this package.
 */
@org.jspecify.annotations.NullMarked
package de.integrationsnetz.directory.publicview;
