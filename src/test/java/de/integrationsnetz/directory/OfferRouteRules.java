package de.integrationsnetz.directory;

import static de.integrationsnetz.identity.Role.COORDINATOR;
import static de.integrationsnetz.identity.Role.COUNTY_ADMIN;
import static de.integrationsnetz.identity.Role.PROVIDER;

import de.integrationsnetz.directory.demo.DirectoryDemoIds;
import de.integrationsnetz.support.access.RouteRules;
import de.integrationsnetz.support.access.Routes;

/**
 * Slice 2: the directory start page, offers and the review queue. Own ids are the demo provider's offer in
 * Mittelsachsen (so a provider may open it); foreign ids belong to Sächsische Schweiz-Osterzgebirge. Municipality
 * staff, interpreters, the interpreter office, the state observer and operators get 403 (docs/directory.md §9.1).
 * Reviewing and publishing are for coordinators and county admins only. Changing calls are checked for denial only;
 * their effects are tested in OfferPagesTests, OfferReviewFlowTests and ProviderScopeTests.
 */
class OfferRouteRules implements RouteRules {

    private static final String BASE = "/app/directory/offers";
    private static final String OWN = DirectoryDemoIds.MS_DEMO_OFFER.toString();
    private static final String FOREIGN = DirectoryDemoIds.SOE_OFFER.toString();
    private static final String OWN_ORGANISATION = DirectoryDemoIds.MS_DEMO_ORGANISATION.toString();

    @Override
    public void declare(Routes routes) {
        routes.get("/app/directory").roles(PROVIDER, COORDINATOR, COUNTY_ADMIN);
        routes.get("/app/directory/review").roles(COORDINATOR, COUNTY_ADMIN);

        routes.get(BASE).roles(PROVIDER, COORDINATOR, COUNTY_ADMIN).query("q=sprach&status=PUBLISHED&sort=updated&dir=desc");
        routes.get(BASE + "/new").roles(PROVIDER, COORDINATOR, COUNTY_ADMIN).query("organisation=" + OWN_ORGANISATION);
        routes.post(BASE).roles(PROVIDER, COORDINATOR, COUNTY_ADMIN).form("organisation", OWN_ORGANISATION)
                .denialOnly();
        routes.get(BASE + "/{id}").roles(PROVIDER, COORDINATOR, COUNTY_ADMIN).with("id", OWN, FOREIGN);
        routes.get(BASE + "/{id}/edit").roles(PROVIDER, COORDINATOR, COUNTY_ADMIN).with("id", OWN, FOREIGN);
        routes.post(BASE + "/{id}").roles(PROVIDER, COORDINATOR, COUNTY_ADMIN).with("id", OWN, FOREIGN).denialOnly();

        for (String command : new String[] {"submit", "archive", "reopen", "confirm", "delete"}) {
            routes.post(BASE + "/{id}/" + command).roles(PROVIDER, COORDINATOR, COUNTY_ADMIN).with("id", OWN, FOREIGN)
                    .denialOnly();
        }
        for (String command : new String[] {"approve", "reject", "publish", "revision/approve", "revision/reject"}) {
            routes.post(BASE + "/{id}/" + command).roles(COORDINATOR, COUNTY_ADMIN).with("id", OWN, FOREIGN)
                    .denialOnly();
        }
    }
}
