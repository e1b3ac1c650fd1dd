package de.integrationsnetz.directory.search;

/**
 * One value of a filter with the number of offers it would find.
 *
 * @param code the URL value ({@code beratung.mbe}, {@code ar}, {@code 14522180}, {@code A1}, or {@code 1} for a
 *     yes/no filter)
 * @param label the label in the requested language
 * @param count offers found with this value, given all other chosen filters; within a multi-valued group the other
 *     values of the same group are not applied (disjunctive counts), so the count says what ticking it adds
 * @param selected whether the value is chosen now
 * @param depth 0 for a top-level value, 1 for a child category, …
 */
public record FacetValue(String code, String label, long count, boolean selected, int depth) {}
