package de.integrationsnetz.directory;

import static de.integrationsnetz.identity.Role.COORDINATOR;
import static de.integrationsnetz.identity.Role.COUNTY_ADMIN;

import de.integrationsnetz.directory.demo.DirectoryDemoIds;
import de.integrationsnetz.support.access.RouteRules;
import de.integrationsnetz.support.access.Routes;

/**
 * Slice 8: the public one-time confirmation pages (an invalid token answers 410 for everyone, GET and POST alike) and
 * the back office's freshness settings (coordinators read, county admins change) and the confirmation of a withdrawn
 * offer (coordinators and county admins; another district's offer is not found). Effects are tested in
 * ConfirmationLinkTests, ConfirmationCorrectionTests and
 * FreshnessPagesTests.
 */
class FreshnessRouteRules implements RouteRules {

    private static final String OWN = DirectoryDemoIds.MS_DEMO_OFFER.toString();
    private static final String FOREIGN = DirectoryDemoIds.SOE_OFFER.toString();

    @Override
    public void declare(Routes routes) {
        routes.get("/confirm/{token}").publicAccess().with("token", "x-invalid").succeedsWith(410);
        routes.post("/confirm/{token}").publicAccess().with("token", "x-invalid").succeedsWith(410);
        routes.post("/confirm/{token}/changes").publicAccess().with("token", "x-invalid").succeedsWith(410);
        routes.get("/confirm/{token}/correction").publicAccess().with("token", "x-invalid").succeedsWith(410);
        routes.post("/confirm/{token}/correction").publicAccess().with("token", "x-invalid").succeedsWith(410);

        routes.get("/app/directory/freshness/settings").roles(COORDINATOR, COUNTY_ADMIN);
        routes.post("/app/directory/freshness/settings").roles(COUNTY_ADMIN).denialOnly();
        routes.post("/app/directory/freshness/offers/{id}/confirm").roles(COORDINATOR, COUNTY_ADMIN)
                .with("id", OWN, FOREIGN).denialOnly();
    }
}
