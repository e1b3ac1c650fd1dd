package de.integrationsnetz.directory.access;

/**
 * Role checks for {@code @PreAuthorize} on the directory's back-office handlers. Roles only open the door; which
 * organisation a user may touch is decided by {@link DirectoryAccess}.
 */
public final class DirectoryPermissions {

    /** Read the statewide taxonomies: coordinators and county admins. */
    public static final String READ_TAXONOMY = "hasAnyRole('COUNTY_ADMIN', 'COORDINATOR')";

    /** Edit the statewide taxonomies (labels, descriptions, new terms): county admins; the change applies statewide. */
    public static final String EDIT_TAXONOMY = "hasRole('COUNTY_ADMIN')";

    /** Read and edit organisations: coordinators and county admins of the district, providers for their own one. */
    public static final String EDIT_ORGANISATIONS = "hasAnyRole('COUNTY_ADMIN', 'COORDINATOR', 'PROVIDER')";

    /** Create and delete organisations: coordinators and county admins of the district. */
    public static final String MANAGE_ORGANISATIONS = "hasAnyRole('COUNTY_ADMIN', 'COORDINATOR')";

    /** Read, write and submit offers: coordinators and county admins of the district, providers for their own ones. */
    public static final String EDIT_OFFERS = "hasAnyRole('COUNTY_ADMIN', 'COORDINATOR', 'PROVIDER')";

    /** Review, approve, reject and publish offers: coordinators and county admins of the district, never providers. */
    public static final String REVIEW_OFFERS = "hasAnyRole('COUNTY_ADMIN', 'COORDINATOR')";

    private DirectoryPermissions() {}
}
