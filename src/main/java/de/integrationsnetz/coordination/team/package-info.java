/** Offices and coordinators of a district: the aggregates, their repositories and the services that change them. */
@org.jspecify.annotations.NullMarked
package de.integrationsnetz.coordination.team;
