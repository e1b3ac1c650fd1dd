/** Pages of the coordination: the county overview and CSV, offices and coordinators, the public lookup. */
@org.jspecify.annotations.NullMarked
package de.integrationsnetz.coordination.web;
