/**
 * The translation workbench (slice 5): the work list of offers with their translation status per language, the
 * field × language grid of one offer, the editor of one language, and the word-level comparison of the German text a
 * translation was made from with the current one. See docs/directory.md §1.1 (S5) and §2.6.
 */
@org.jspecify.annotations.NullMarked
package de.integrationsnetz.directory.workbench;
