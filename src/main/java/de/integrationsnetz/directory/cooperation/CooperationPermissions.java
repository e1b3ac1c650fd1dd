package de.integrationsnetz.directory.cooperation;

/**
 * Role checks for {@code @PreAuthorize} on the cooperation and network pages. Roles only open the door; the district
 * and municipality scope is decided by {@link CooperationAccess}.
 */
public final class CooperationPermissions {

    /** Read cooperations and networks: coordinators and county admins (district), municipality staff (own municipality). */
    public static final String READ = "hasAnyRole('COUNTY_ADMIN', 'COORDINATOR', 'MUNICIPALITY')";

    /** Create, change and delete cooperations: coordinators and county admins of the district. */
    public static final String EDIT = "hasAnyRole('COUNTY_ADMIN', 'COORDINATOR')";

    private CooperationPermissions() {}
}
