/** Demo organisations, contact persons and locations for the two demo districts, with fixed ids for tests. */
@org.jspecify.annotations.NullMarked
package de.integrationsnetz.directory.demo;
