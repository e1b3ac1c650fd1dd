/**
 * The offer search engine (docs/directory.md §4): Hibernate Search with a Lucene index under the data directory,
 * programmatic mapping of published offers, analyzers for the seven content languages, {@link
 * de.integrationsnetz.directory.search.OfferSearch} for the finder and the JSON API, and the index's rebuild and epoch.
 */
@org.jspecify.annotations.NullMarked
package de.integrationsnetz.directory.search;
