/**
 * Directory of local actors (organisations with contact persons and locations) and, in later slices, their support
 * offers, the public offer finder and HSDS 3.0. See docs/directory.md for the plan and the slices.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Directory",
        allowedDependencies = {"shared", "geography", "identity", "coordination", "audit"})
@org.jspecify.annotations.NullMarked
package de.integrationsnetz.directory;
