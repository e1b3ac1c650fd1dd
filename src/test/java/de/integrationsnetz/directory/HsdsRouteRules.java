package de.integrationsnetz.directory;

import static de.integrationsnetz.identity.Role.COORDINATOR;
import static de.integrationsnetz.identity.Role.COUNTY_ADMIN;

import de.integrationsnetz.directory.demo.DirectoryDemoIds;
import de.integrationsnetz.support.access.RouteRules;
import de.integrationsnetz.support.access.Routes;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * Slice 10a: the public HSDS API (anyone; published data only, so ids are published demo offers and organisations,
 * the same for everyone), the profile page, and the district's HSDS export files for coordinators and county admins
 * (docs/directory.md §9.1). The export has no path variable: it always covers the user's own district.
 */
class HsdsRouteRules implements RouteRules {

    private static final String OFFER = DirectoryDemoIds.MS_DEMO_OFFER.toString();
    private static final String ORGANISATION = DirectoryDemoIds.MS_DEMO_ORGANISATION.toString();
    /** The site of the published demo offer (name-based id of offer and location, see OfferSite.idFor). */
    private static final String SITE = UUID.nameUUIDFromBytes(("integrationsnetz:offer-site:"
            + DirectoryDemoIds.MS_DEMO_OFFER.value() + ":" + DirectoryDemoIds.MS_DEMO_LOCATION.value())
            .getBytes(StandardCharsets.UTF_8)).toString();
    /** The taxonomy of offer categories and its term "Spracherwerb" (name-based ids of the V1 seed). */
    private static final String TAXONOMY = "580bd5bd-3145-3f31-9994-c238057504df";
    private static final String TERM = "093830bb-87ad-3af7-82bb-0b64dab8ea2e";

    @Override
    public void declare(Routes routes) {
        routes.get("/hsds").publicAccess();
        routes.get("/hsds/").publicAccess();
        routes.get("/hsds/services").publicAccess().query("per_page=5&page=1&district=14522");
        routes.get("/hsds/services/{id}").publicAccess().with("id", OFFER);
        routes.get("/hsds/organizations").publicAccess().query("search=verein&per_page=5");
        routes.get("/hsds/organizations/{id}").publicAccess().with("id", ORGANISATION);
        routes.get("/hsds/service_at_locations").publicAccess().query("per_page=5&postcode=09599&proximity=20000");
        routes.get("/hsds/service_at_locations/{id}").publicAccess().with("id", SITE);
        routes.get("/hsds/taxonomies").publicAccess();
        routes.get("/hsds/taxonomies/{id}").publicAccess().with("id", TAXONOMY);
        routes.get("/hsds/taxonomy_terms").publicAccess().query("top_only=true&per_page=10");
        routes.get("/hsds/taxonomy_terms/{id}").publicAccess().with("id", TERM);
        routes.get("/hsds/profile").publicAccess();
        routes.get("/app/directory/exports/hsds.json").roles(COORDINATOR, COUNTY_ADMIN);
        routes.get("/app/directory/exports/hsds.zip").roles(COORDINATOR, COUNTY_ADMIN);
    }
}
