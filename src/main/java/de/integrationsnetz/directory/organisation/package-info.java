/** Organisations (actors, Träger) of a district with their contact persons and the municipalities they serve. */
@org.jspecify.annotations.NullMarked
package de.integrationsnetz.directory.organisation;
