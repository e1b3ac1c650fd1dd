/**
 * Small helpers every module's back-office pages share: the htmx fragment decision and the sort order of a list.
 */
@org.jspecify.annotations.NullMarked
package de.integrationsnetz.shared.web;
