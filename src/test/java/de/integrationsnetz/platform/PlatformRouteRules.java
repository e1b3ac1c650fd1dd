package de.integrationsnetz.platform;

import de.integrationsnetz.support.access.RouteRules;
import de.integrationsnetz.support.access.Routes;

class PlatformRouteRules implements RouteRules {

    @Override
    public void declare(Routes routes) {
        routes.get("/about").publicAccess();
        routes.get("/accessibility").publicAccess();
        routes.get("/app").anyRole();
        // Spring Boot's error endpoint renders the error page for every status; it is reached by forward only.
        routes.get("/error").publicAccess().denialOnly();
    }
}
