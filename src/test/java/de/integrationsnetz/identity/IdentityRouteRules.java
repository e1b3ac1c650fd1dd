package de.integrationsnetz.identity;

import de.integrationsnetz.support.access.RouteRules;
import de.integrationsnetz.support.access.Routes;

class IdentityRouteRules implements RouteRules {

    @Override
    public void declare(Routes routes) {
        routes.get("/login").publicAccess();
    }
}
