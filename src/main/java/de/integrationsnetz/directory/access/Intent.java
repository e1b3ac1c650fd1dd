package de.integrationsnetz.directory.access;

/** What a user wants to do with an organisation's data. */
public enum Intent {
    /** See it in the back office. */
    READ,
    /** Change its details, contact persons or locations. */
    EDIT,
    /** Create or delete it: coordinators and county admins only, never a provider. */
    MANAGE
}
