/**
 * Schedules of offers: opening hours, recurring dates (RFC 5545 rules, parsed with ical4j) and single dates; their
 * next occurrence, their text in the reader's language and their HSDS form. See docs/directory.md §2.8.
 */
@org.jspecify.annotations.NullMarked
package de.integrationsnetz.directory.schedule;
