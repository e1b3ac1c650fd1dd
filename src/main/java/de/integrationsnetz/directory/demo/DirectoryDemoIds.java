package de.integrationsnetz.directory.demo;

import de.integrationsnetz.directory.LocationId;
import de.integrationsnetz.directory.OrganisationId;
import de.integrationsnetz.identity.demo.DemoAccounts;
import de.integrationsnetz.shared.DistrictKey;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * The fixed ids of the demo data, so that route rules and tests can name them: name-based UUIDs (v3) of
 * {@code integrationsnetz:demo:<kind>:<district>:<n>[:<m>]}. The first organisation of Mittelsachsen is the demo
 * provider's organisation {@link DemoAccounts#DEMO_ORGANISATION}.
 */
public final class DirectoryDemoIds {

    /** Integrationsverein Freiberg: the demo provider's own organisation (14522). */
    public static final OrganisationId MS_DEMO_ORGANISATION = organisation(DemoAccounts.MITTELSACHSEN, 1);
    /** Agentur für Arbeit Freiberg: in the demo provider's district, but not theirs. */
    public static final OrganisationId MS_OTHER_ORGANISATION = organisation(DemoAccounts.MITTELSACHSEN, 2);
    /** Jobcenter Pirna: an organisation of the other demo district (14628). */
    public static final OrganisationId SOE_ORGANISATION = organisation(DemoAccounts.SAECHSISCHE_SCHWEIZ, 1);
    /** First contact person of the demo provider's organisation. */
    public static final UUID MS_DEMO_CONTACT = contact(DemoAccounts.MITTELSACHSEN, 1, 1);
    /** First contact person of {@link #SOE_ORGANISATION}. */
    public static final UUID SOE_CONTACT = contact(DemoAccounts.SAECHSISCHE_SCHWEIZ, 1, 1);
    /** First location of the demo provider's organisation. */
    public static final LocationId MS_DEMO_LOCATION = location(DemoAccounts.MITTELSACHSEN, 1, 1);
    /** First location of {@link #SOE_ORGANISATION}. */
    public static final LocationId SOE_LOCATION = location(DemoAccounts.SAECHSISCHE_SCHWEIZ, 1, 1);

    private DirectoryDemoIds() {}

    /** The n-th demo organisation of a district (1-based). */
    public static OrganisationId organisation(DistrictKey district, int n) {
        if (district.equals(DemoAccounts.MITTELSACHSEN) && n == 1) {
            return OrganisationId.of(DemoAccounts.DEMO_ORGANISATION);
        }
        return OrganisationId.of(nameBased("organisation:" + district + ":" + n));
    }

    /** The m-th contact person of the n-th demo organisation of a district. */
    public static UUID contact(DistrictKey district, int n, int m) {
        return nameBased("contact:" + district + ":" + n + ":" + m);
    }

    /** The m-th location of the n-th demo organisation of a district. */
    public static LocationId location(DistrictKey district, int n, int m) {
        return LocationId.of(nameBased("location:" + district + ":" + n + ":" + m));
    }

    private static UUID nameBased(String name) {
        return UUID.nameUUIDFromBytes(("integrationsnetz:demo:" + name).getBytes(StandardCharsets.UTF_8));
    }
}
