/**
 * Offers (HSDS service): the aggregate with its sites, schedules, classifications and translations, its status
 * machine with review and pending revisions, and the service that applies the user's scope. See docs/directory.md
 * §2.3 and §2.5.
 */
@org.jspecify.annotations.NullMarked
package de.integrationsnetz.directory.offer;
