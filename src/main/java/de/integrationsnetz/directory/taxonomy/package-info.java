/**
 * The statewide taxonomies (HSDS taxonomy / taxonomy_term): offer categories, target groups, features and actor types,
 * with labels in every content language, kept in memory by {@link de.integrationsnetz.directory.taxonomy.TaxonomyCatalog}.
 */
@org.jspecify.annotations.NullMarked
package de.integrationsnetz.directory.taxonomy;
