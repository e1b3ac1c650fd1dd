/** Who may read and change which directory data: roles (for method security) and the district and organisation scope. */
@org.jspecify.annotations.NullMarked
package de.integrationsnetz.directory.access;
