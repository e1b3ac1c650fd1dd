/** Conventions shared by the JSON APIs: problem-detail errors. */
@org.springframework.modulith.NamedInterface("api")
@org.jspecify.annotations.NullMarked
package de.integrationsnetz.platform.api;
