package de.integrationsnetz.directory.taxonomy;

/** Published after terms were added, relabelled or deactivated, so that the catalog reloads. */
public record TaxonomyChanged() {}
