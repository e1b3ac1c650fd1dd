package de.integrationsnetz.directory.location;

/** The kind of location, as in HSDS {@code location.location_type}. */
public enum LocationType {
    /** A place people can visit: needs street, postal code and city. */
    PHYSICAL,
    /** An online place: needs a web address, has no coordinates. */
    VIRTUAL,
    /** A postal address only (letters, no visitors): needs postal code and city. */
    POSTAL;

    public String messageKey() {
        return "directory.location-type." + name();
    }
}
