/** Saxony's districts, municipalities, postal codes and boundaries, loaded from the bundled reference data. */
@org.springframework.modulith.ApplicationModule(displayName = "Geography", allowedDependencies = {"shared"})
@org.jspecify.annotations.NullMarked
package de.integrationsnetz.geography;
