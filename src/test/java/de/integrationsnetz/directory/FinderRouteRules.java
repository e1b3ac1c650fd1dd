package de.integrationsnetz.directory;

import de.integrationsnetz.directory.demo.DirectoryDemoIds;
import de.integrationsnetz.support.access.RouteRules;
import de.integrationsnetz.support.access.Routes;

/**
 * Slice 4: the public offer finder at {@code /} (taken over from platform), the public offer page with its print view
 * and calendar file, and the public organisation page (docs/directory.md §9.1): anyone, published data only.
 */
class FinderRouteRules implements RouteRules {

    private static final String OFFER = DirectoryDemoIds.MS_DEMO_OFFER.toString();
    private static final String ORGANISATION = DirectoryDemoIds.MS_DEMO_ORGANISATION.toString();

    @Override
    public void declare(Routes routes) {
        routes.get("/").publicAccess().query("q=Sprachcaf%C3%A9&cat=spracherwerb&free=1&near=09599&sort=distance");
        routes.get("/offers/{id}").publicAccess().with("id", OFFER);
        routes.get("/offers/{id}/print").publicAccess().with("id", OFFER);
        routes.get("/offers/{id}.ics").publicAccess().with("id", OFFER);
        routes.get("/organisations/{id}").publicAccess().with("id", ORGANISATION);
    }
}
