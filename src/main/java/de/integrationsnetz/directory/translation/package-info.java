/**
 * Translations of public directory texts into the six content languages besides German, with their status against
 * the German source (current, outdated, missing). See docs/directory.md §2.6.
 */
@org.jspecify.annotations.NullMarked
package de.integrationsnetz.directory.translation;
