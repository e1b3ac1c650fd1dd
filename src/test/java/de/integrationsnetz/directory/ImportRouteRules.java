package de.integrationsnetz.directory;

import static de.integrationsnetz.identity.Role.COORDINATOR;
import static de.integrationsnetz.identity.Role.COUNTY_ADMIN;
import static de.integrationsnetz.identity.Role.PROVIDER;

import de.integrationsnetz.directory.imports.ImportDemoData;
import de.integrationsnetz.support.access.RouteRules;
import de.integrationsnetz.support.access.Routes;

/**
 * Slice 9: imports, exports and bulk actions. Own job = the demo import of the demo organisation in Mittelsachsen
 * (so the demo provider may open it), foreign job = the demo import of Sächsische Schweiz-Osterzgebirge. Providers
 * import for their own organisation (deviation from §9.1, which named only coordinators and county admins: the brief
 * of slice 9 lets a provider import for their organisation). Changing calls are checked for denial only; their
 * effects are tested in ImportErrorReportingTests, ImportAllOrNothingTests and OfferTableExportTests.
 */
class ImportRouteRules implements RouteRules {

    private static final String BASE = "/app/directory/imports";
    private static final String OWN = ImportDemoData.MS_DEMO_JOB.toString();
    private static final String FOREIGN = ImportDemoData.SOE_DEMO_JOB.toString();

    @Override
    public void declare(Routes routes) {
        routes.get(BASE).roles(PROVIDER, COORDINATOR, COUNTY_ADMIN);
        routes.post(BASE).roles(PROVIDER, COORDINATOR, COUNTY_ADMIN).denialOnly();
        routes.get(BASE + "/template.xlsx").roles(PROVIDER, COORDINATOR, COUNTY_ADMIN);
        routes.get(BASE + "/template.csv").roles(PROVIDER, COORDINATOR, COUNTY_ADMIN);
        routes.get(BASE + "/{id}").roles(PROVIDER, COORDINATOR, COUNTY_ADMIN).with("id", OWN, FOREIGN);
        routes.get(BASE + "/{id}/preview").roles(PROVIDER, COORDINATOR, COUNTY_ADMIN).with("id", OWN, FOREIGN);
        routes.get(BASE + "/{id}/progress").roles(PROVIDER, COORDINATOR, COUNTY_ADMIN).with("id", OWN, FOREIGN)
                .succeedsWith(302);
        routes.get(BASE + "/{id}/errors").roles(PROVIDER, COORDINATOR, COUNTY_ADMIN).with("id", OWN, FOREIGN);
        routes.get(BASE + "/{id}/errors.csv").roles(PROVIDER, COORDINATOR, COUNTY_ADMIN).with("id", OWN, FOREIGN);
        for (String command : new String[] {"mapping", "commit", "discard"}) {
            routes.post(BASE + "/{id}/" + command).roles(PROVIDER, COORDINATOR, COUNTY_ADMIN).with("id", OWN, FOREIGN)
                    .denialOnly();
        }
        routes.get("/app/directory/offers/export.xlsx").roles(PROVIDER, COORDINATOR, COUNTY_ADMIN)
                .query("status=PUBLISHED&sort=updated&dir=desc");
        routes.get("/app/directory/offers/export.csv").roles(PROVIDER, COORDINATOR, COUNTY_ADMIN).query("q=sprach");
        routes.post("/app/directory/offers/bulk").roles(PROVIDER, COORDINATOR, COUNTY_ADMIN).denialOnly();
    }
}
