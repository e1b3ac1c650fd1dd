package de.integrationsnetz.coordination;

import static de.integrationsnetz.identity.Role.COORDINATOR;
import static de.integrationsnetz.identity.Role.COUNTY_ADMIN;
import static de.integrationsnetz.identity.Role.STATE_OBSERVER;

import de.integrationsnetz.coordination.team.CoordinationDemo;
import de.integrationsnetz.support.access.RouteRules;
import de.integrationsnetz.support.access.Routes;

/**
 * Who may use the coordination's routes. Own ids are Mittelsachsen's demo office Freiberg and coordinator Katrin Demo,
 * foreign ids those of Sächsische Schweiz-Osterzgebirge. Allowed POSTs send invalid forms (re-rendered with 200) or
 * try to delete an office still in use (refused with a redirect), so the demo data stays as it is.
 */
class CoordinationRouteRules implements RouteRules {

    static final String OWN_OFFICE = CoordinationDemo.OFFICE_FREIBERG.toString();
    static final String FOREIGN_OFFICE = CoordinationDemo.OFFICE_PIRNA.toString();
    static final String OWN_COORDINATOR = CoordinationDemo.COORDINATOR_FREIBERG.toString();
    static final String FOREIGN_COORDINATOR = CoordinationDemo.COORDINATOR_PIRNA.toString();

    @Override
    public void declare(Routes routes) {
        routes.get("/who-is-responsible").publicAccess().query("q=Freiberg");

        routes.get("/app/coordination").roles(COUNTY_ADMIN, COORDINATOR, STATE_OBSERVER);
        routes.get("/app/coordination/workload.csv").roles(COUNTY_ADMIN, COORDINATOR);

        routes.get("/app/coordination/offices").roles(COUNTY_ADMIN, COORDINATOR);
        routes.get("/app/coordination/offices/new").roles(COUNTY_ADMIN);
        routes.post("/app/coordination/offices").roles(COUNTY_ADMIN).form("name", "").succeedsWith(200);
        routes.get("/app/coordination/offices/{id}").roles(COUNTY_ADMIN, COORDINATOR)
                .with("id", OWN_OFFICE, FOREIGN_OFFICE);
        routes.get("/app/coordination/offices/{id}/edit").roles(COUNTY_ADMIN).with("id", OWN_OFFICE, FOREIGN_OFFICE);
        routes.post("/app/coordination/offices/{id}").roles(COUNTY_ADMIN).with("id", OWN_OFFICE, FOREIGN_OFFICE)
                .form("name", "").form("version", "0").succeedsWith(200);
        routes.post("/app/coordination/offices/{id}/delete").roles(COUNTY_ADMIN)
                .with("id", OWN_OFFICE, FOREIGN_OFFICE).form("confirm", "yes");

        routes.get("/app/coordination/coordinators").roles(COUNTY_ADMIN, COORDINATOR);
        routes.get("/app/coordination/coordinators/new").roles(COUNTY_ADMIN);
        routes.post("/app/coordination/coordinators").roles(COUNTY_ADMIN).form("fullName", "").succeedsWith(200);
        routes.get("/app/coordination/coordinators/{id}").roles(COUNTY_ADMIN, COORDINATOR)
                .with("id", OWN_COORDINATOR, FOREIGN_COORDINATOR);
        routes.get("/app/coordination/coordinators/{id}/edit").roles(COUNTY_ADMIN)
                .with("id", OWN_COORDINATOR, FOREIGN_COORDINATOR);
        routes.post("/app/coordination/coordinators/{id}").roles(COUNTY_ADMIN)
                .with("id", OWN_COORDINATOR, FOREIGN_COORDINATOR)
                .form("fullName", "").form("version", "0").succeedsWith(200);
        routes.post("/app/coordination/coordinators/{id}/end").roles(COUNTY_ADMIN)
                .with("id", OWN_COORDINATOR, FOREIGN_COORDINATOR)
                .form("endDate", "").form("version", "0").succeedsWith(200);
    }
}
