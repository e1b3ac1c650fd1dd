package de.integrationsnetz.directory;

import static de.integrationsnetz.identity.Role.COORDINATOR;
import static de.integrationsnetz.identity.Role.COUNTY_ADMIN;

import de.integrationsnetz.support.access.RouteRules;
import de.integrationsnetz.support.access.Routes;

/**
 * The statewide taxonomies: coordinators and county admins read them, only county admins change them. They belong to
 * no district, so there are no foreign ids; the term is "Spracherwerb" of the seed. Changing calls are checked for
 * denial only; their effects are tested in TaxonomyPagesTests.
 */
class TaxonomyRouteRules implements RouteRules {

    private static final String BASE = "/app/directory/taxonomy";
    private static final String TERM = "093830bb-87ad-3af7-82bb-0b64dab8ea2e";

    @Override
    public void declare(Routes routes) {
        routes.get(BASE).roles(COORDINATOR, COUNTY_ADMIN).query("taxonomy=integrationsnetz-zielgruppen");
        routes.get(BASE + "/terms/{id}").roles(COUNTY_ADMIN).with("id", TERM);
        routes.post(BASE + "/terms/{id}").roles(COUNTY_ADMIN).with("id", TERM).denialOnly();
        routes.get(BASE + "/{taxonomy}/new").roles(COUNTY_ADMIN).with("taxonomy", "integrationsnetz-angebote");
        routes.post(BASE + "/{taxonomy}/terms").roles(COUNTY_ADMIN).with("taxonomy", "integrationsnetz-angebote")
                .denialOnly();
    }
}
