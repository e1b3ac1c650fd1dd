package de.integrationsnetz.directory.workbench;

/** Whose public texts an organisation or location translation belongs to. */
public enum TextOwner {
    /** An organisation: its description. */
    ORGANISATION,
    /** A location of an organisation: transportation and accessibility notes. */
    LOCATION
}
