/**
 * Append-only audit trail of every create, update and delete of the other modules' aggregates: who, when, what, old
 * and new values. Listens to Hibernate; no other module calls it.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Audit", allowedDependencies = {"shared", "identity"})
@org.jspecify.annotations.NullMarked
package de.integrationsnetz.audit;
