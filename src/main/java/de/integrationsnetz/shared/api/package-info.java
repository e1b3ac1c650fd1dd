/**
 * Conventions shared by every JSON API ({@code /api/v1/**}): errors as problem details. In {@code shared} so that any
 * module, including those the platform depends on, can use them without a dependency cycle.
 */
@org.jspecify.annotations.NullMarked
package de.integrationsnetz.shared.api;
