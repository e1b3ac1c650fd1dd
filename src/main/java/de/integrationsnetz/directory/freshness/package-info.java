/**
 * Freshness (slice 8, docs/directory.md §6): settings per district, the nightly job with its timeline, one-time
 * confirmation links and the facts the back office shows.
 */
@org.jspecify.annotations.NullMarked
package de.integrationsnetz.directory.freshness;
