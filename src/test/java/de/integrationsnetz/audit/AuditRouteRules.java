package de.integrationsnetz.audit;

import de.integrationsnetz.identity.Role;
import de.integrationsnetz.support.access.RouteRules;
import de.integrationsnetz.support.access.Routes;

class AuditRouteRules implements RouteRules {

    @Override
    public void declare(Routes routes) {
        routes.get("/app/audit").roles(Role.COUNTY_ADMIN);
    }
}
