/**
 * Cooperations (typed, dated relations of an organisation with another organisation or a coordinator) and the
 * network view built from them, per municipality and per organisation.
 */
@org.jspecify.annotations.NullMarked
package de.integrationsnetz.directory.cooperation;
