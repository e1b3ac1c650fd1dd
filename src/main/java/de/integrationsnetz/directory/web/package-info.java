/** The directory's back-office pages (organisations, contact persons, locations) under /app/directory. */
@org.jspecify.annotations.NullMarked
package de.integrationsnetz.directory.web;
