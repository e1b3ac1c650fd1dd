/** Locations: the places (or online addresses) where an organisation works, with coordinates for the map. */
@org.jspecify.annotations.NullMarked
package de.integrationsnetz.directory.location;
