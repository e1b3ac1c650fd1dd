/** Small helpers shared by the directory's aggregates: rule violations, folding of names, postal-code look-ups. */
@org.jspecify.annotations.NullMarked
package de.integrationsnetz.directory.common;
