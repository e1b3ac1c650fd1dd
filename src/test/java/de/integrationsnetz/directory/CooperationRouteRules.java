package de.integrationsnetz.directory;

import static de.integrationsnetz.identity.Role.COORDINATOR;
import static de.integrationsnetz.identity.Role.COUNTY_ADMIN;
import static de.integrationsnetz.identity.Role.MUNICIPALITY;

import de.integrationsnetz.directory.demo.DirectoryDemoIds;
import de.integrationsnetz.support.access.RouteRules;
import de.integrationsnetz.support.access.Routes;

/**
 * Slice 7: cooperations and the network view. Coordinators and county admins read and edit; municipality staff
 * (the demo account is Freiberg's) read the network of their own municipality and the cooperations of its
 * organisations; everyone else gets 403 (docs/directory.md §9.1). Own ids are Mittelsachsen's demo data (the demo
 * provider's organisation serves Freiberg), foreign ids Sächsische Schweiz-Osterzgebirge's. Changing calls are checked
 * for denial only; their effects are tested in CooperationPagesTests.
 */
class CooperationRouteRules implements RouteRules {

    private static final String BASE = "/app/directory/cooperations";
    private static final String OWN = DirectoryDemoIds.MS_COOPERATION.toString();
    private static final String FOREIGN = DirectoryDemoIds.SOE_COOPERATION.toString();
    private static final String OWN_ORGANISATION = DirectoryDemoIds.MS_DEMO_ORGANISATION.toString();
    private static final String FOREIGN_ORGANISATION = DirectoryDemoIds.SOE_ORGANISATION.toString();

    @Override
    public void declare(Routes routes) {
        routes.get(BASE).roles(MUNICIPALITY, COORDINATOR, COUNTY_ADMIN).query("period=all&sort=partner&dir=desc");
        routes.get(BASE + "/new").roles(COORDINATOR, COUNTY_ADMIN);
        routes.post(BASE).roles(COORDINATOR, COUNTY_ADMIN).denialOnly();
        routes.get(BASE + "/{id}/edit").roles(COORDINATOR, COUNTY_ADMIN).with("id", OWN, FOREIGN);
        routes.post(BASE + "/{id}").roles(COORDINATOR, COUNTY_ADMIN).with("id", OWN, FOREIGN).denialOnly();
        routes.get(BASE + "/{id}/delete").roles(COORDINATOR, COUNTY_ADMIN).with("id", OWN, FOREIGN);
        routes.post(BASE + "/{id}/delete").roles(COORDINATOR, COUNTY_ADMIN).with("id", OWN, FOREIGN).denialOnly();

        routes.get("/app/directory/network").roles(MUNICIPALITY, COORDINATOR, COUNTY_ADMIN)
                .query("municipality=14522180");
        routes.get("/app/directory/organisations/{id}/network").roles(MUNICIPALITY, COORDINATOR, COUNTY_ADMIN)
                .with("id", OWN_ORGANISATION, FOREIGN_ORGANISATION);
    }
}
