package de.integrationsnetz.directory;

import static de.integrationsnetz.identity.Role.COORDINATOR;
import static de.integrationsnetz.identity.Role.COUNTY_ADMIN;
import static de.integrationsnetz.identity.Role.PROVIDER;

import de.integrationsnetz.directory.demo.DirectoryDemoIds;
import de.integrationsnetz.support.access.RouteRules;
import de.integrationsnetz.support.access.Routes;

/**
 * Slice 5: the translation workbench. Same people as editing an offer: coordinators and county admins of its
 * district, the provider for their own organisation's offers (own id = the demo provider's offer in Mittelsachsen;
 * foreign id = an offer in Sächsische Schweiz-Osterzgebirge). Saving and removing change data, so they are checked
 * for denial only; their effects are tested in TranslationWorkflowTests.
 */
class TranslationRouteRules implements RouteRules {

    private static final String BASE = "/app/directory/offers";
    private static final String OWN = DirectoryDemoIds.MS_DEMO_OFFER.toString();
    private static final String FOREIGN = DirectoryDemoIds.SOE_OFFER.toString();

    @Override
    public void declare(Routes routes) {
        routes.get("/app/directory/translations").roles(PROVIDER, COORDINATOR, COUNTY_ADMIN)
                .query("language=en&status=MISSING&sort=open&dir=desc");
        routes.get(BASE + "/{id}/translations").roles(PROVIDER, COORDINATOR, COUNTY_ADMIN).with("id", OWN, FOREIGN);
        routes.get(BASE + "/{id}/translations/{lang}").roles(PROVIDER, COORDINATOR, COUNTY_ADMIN)
                .with("id", OWN, FOREIGN).with("lang", "ar");
        routes.post(BASE + "/{id}/translations/{lang}").roles(PROVIDER, COORDINATOR, COUNTY_ADMIN)
                .with("id", OWN, FOREIGN).with("lang", "en").form("version", "0").denialOnly();
        routes.post(BASE + "/{id}/translations/{lang}/remove").roles(PROVIDER, COORDINATOR, COUNTY_ADMIN)
                .with("id", OWN, FOREIGN).with("lang", "en").form("field", "NAME").form("version", "0").denialOnly();
        // Reviewing a provider's proposal: the demo data has none (so an allowed call answers 404); what the review
        // does is tested in TranslationReviewTests.
        routes.get(BASE + "/{id}/translations/{lang}/review").roles(COORDINATOR, COUNTY_ADMIN)
                .with("id", OWN, FOREIGN).with("lang", "en").denialOnly();
        routes.post(BASE + "/{id}/translations/{lang}/review/accept").roles(COORDINATOR, COUNTY_ADMIN)
                .with("id", OWN, FOREIGN).with("lang", "en").form("version", "0").denialOnly();
        routes.post(BASE + "/{id}/translations/{lang}/review/reject").roles(COORDINATOR, COUNTY_ADMIN)
                .with("id", OWN, FOREIGN).with("lang", "en").form("version", "0").denialOnly();

        // Organisations and locations: same people as editing the organisation (the provider only their own).
        String organisations = "/app/directory/organisations";
        String ownOrganisation = DirectoryDemoIds.MS_DEMO_ORGANISATION.toString();
        String foreignOrganisation = DirectoryDemoIds.SOE_ORGANISATION.toString();
        String ownLocation = DirectoryDemoIds.MS_DEMO_LOCATION.toString();
        String foreignLocation = DirectoryDemoIds.SOE_LOCATION.toString();
        routes.get("/app/directory/translations/organisations").roles(PROVIDER, COORDINATOR, COUNTY_ADMIN)
                .query("language=uk&status=MISSING");
        routes.get(organisations + "/{id}/translations/{lang}").roles(PROVIDER, COORDINATOR, COUNTY_ADMIN)
                .with("id", ownOrganisation, foreignOrganisation).with("lang", "tr");
        routes.post(organisations + "/{id}/translations/{lang}").roles(PROVIDER, COORDINATOR, COUNTY_ADMIN)
                .with("id", ownOrganisation, foreignOrganisation).with("lang", "en").form("version", "0")
                .denialOnly();
        routes.post(organisations + "/{id}/translations/{lang}/remove").roles(PROVIDER, COORDINATOR, COUNTY_ADMIN)
                .with("id", ownOrganisation, foreignOrganisation).with("lang", "en").form("field", "DESCRIPTION")
                .form("version", "0").denialOnly();
        routes.get(organisations + "/{id}/locations/{locationId}/translations/{lang}")
                .roles(PROVIDER, COORDINATOR, COUNTY_ADMIN).with("id", ownOrganisation, foreignOrganisation)
                .with("locationId", ownLocation, foreignLocation).with("lang", "fa");
        routes.post(organisations + "/{id}/locations/{locationId}/translations/{lang}")
                .roles(PROVIDER, COORDINATOR, COUNTY_ADMIN).with("id", ownOrganisation, foreignOrganisation)
                .with("locationId", ownLocation, foreignLocation).with("lang", "en").form("version", "0")
                .denialOnly();
        routes.post(organisations + "/{id}/locations/{locationId}/translations/{lang}/remove")
                .roles(PROVIDER, COORDINATOR, COUNTY_ADMIN).with("id", ownOrganisation, foreignOrganisation)
                .with("locationId", ownLocation, foreignLocation).with("lang", "en").form("field", "TRANSPORTATION")
                .form("version", "0").denialOnly();
    }
}
