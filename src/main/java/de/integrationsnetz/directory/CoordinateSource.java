package de.integrationsnetz.directory;

/** Where a point's coordinates come from. */
public enum CoordinateSource {
    /** The centre of the postal code's place (geography reference data); follows the address when it changes. */
    POSTAL_CODE,
    /** Set by a person, on the map or as numbers; kept when the address changes. */
    MAP,
    /** Taken over from an imported file. */
    IMPORT
}
