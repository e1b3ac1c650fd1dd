/**
 * Open Referral HSDS 3.0: the public read API {@code /hsds/**}, the district's export as a JSON bundle and as a
 * tabular data package, and the profile of our {@code x_} extensions. Reads offers, organisations, locations and
 * taxonomies straight from the database (read-only), never from the search index, so the JSON is exact. See
 * docs/directory.md §3.
 */
@org.jspecify.annotations.NullMarked
package de.integrationsnetz.directory.hsds;
