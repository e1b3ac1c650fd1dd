package de.integrationsnetz.directory;

import static de.integrationsnetz.identity.Role.OPERATOR;

import de.integrationsnetz.support.access.RouteRules;
import de.integrationsnetz.support.access.Routes;

/**
 * Slice 3: the public search API (anyone, published data only) and the operator page of the search index
 * (docs/directory.md §9.1). A rebuild is checked for denial only: its effect is tested in SearchIndexPageTests.
 */
class SearchRouteRules implements RouteRules {

    @Override
    public void declare(Routes routes) {
        routes.get("/api/v1/offers").publicAccess().query("q=Deutschkurs&district=14522&cat=spracherwerb&page=1");
        routes.get("/api/v1/offers/map").publicAccess().query("near=09599&radius=25");
        routes.get("/app/directory/search-index").roles(OPERATOR);
        routes.post("/app/directory/search-index/rebuild").roles(OPERATOR).denialOnly();
    }
}
