/** User accounts, roles and their scope (district, municipality, organisation), login and invitations. */
@org.springframework.modulith.ApplicationModule(displayName = "Identity", allowedDependencies = {"shared", "geography"})
@org.jspecify.annotations.NullMarked
package de.integrationsnetz.identity;
