package de.integrationsnetz.directory.search;

import java.util.List;

/**
 * The counted values of one filter group, in display order (taxonomy order, then by label). Values without offers
 * are left out unless chosen.
 */
public record Facet(FacetGroup group, String label, List<FacetValue> values) {}
