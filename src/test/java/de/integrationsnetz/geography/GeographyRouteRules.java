package de.integrationsnetz.geography;

import de.integrationsnetz.support.access.RouteRules;
import de.integrationsnetz.support.access.Routes;

/** Everything in geography is public reference data: every route is open to everyone, logged in or not. */
class GeographyRouteRules implements RouteRules {

    @Override
    public void declare(Routes routes) {
        routes.get("/districts").publicAccess();
        routes.get("/districts/{ars}").publicAccess().with("ars", "14628").query("q=frei&type=town&sort=area&dir=desc");
        routes.get("/municipalities/{ags}").publicAccess().with("ags", "14628270");

        routes.get("/api/v1/districts").publicAccess();
        routes.get("/api/v1/districts/{ars}").publicAccess().with("ars", "14522");
        routes.get("/api/v1/districts/{ars}/municipalities").publicAccess().with("ars", "14522");
        routes.get("/api/v1/districts/boundaries").publicAccess();
        routes.get("/api/v1/districts/{ars}/boundaries").publicAccess().with("ars", "14628");
        routes.get("/api/v1/municipalities/{ags}").publicAccess().with("ags", "14522180");
        routes.get("/api/v1/municipalities/{ags}/boundary").publicAccess().with("ags", "14628410");
        routes.get("/api/v1/postal-codes/{plz}").publicAccess().with("plz", "09599");
    }
}
