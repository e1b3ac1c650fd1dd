package de.integrationsnetz.directory;

import static de.integrationsnetz.identity.Role.COORDINATOR;
import static de.integrationsnetz.identity.Role.COUNTY_ADMIN;
import static de.integrationsnetz.identity.Role.PROVIDER;

import de.integrationsnetz.directory.demo.DirectoryDemoIds;
import de.integrationsnetz.support.access.RouteRules;
import de.integrationsnetz.support.access.Routes;

/**
 * Slice 1: organisations, their contact persons and locations. Own ids are the demo provider's organisation in
 * Mittelsachsen (so a provider may open them); foreign ids belong to Sächsische Schweiz-Osterzgebirge. Municipality
 * staff, interpreters, the interpreter office, the state observer and operators get 403 (docs/directory.md §9.1).
 * Changing calls are checked for denial only; their effects are tested in OrganisationPagesTests.
 */
class OrganisationRouteRules implements RouteRules {

    private static final String BASE = "/app/directory/organisations";
    private static final String OWN = DirectoryDemoIds.MS_DEMO_ORGANISATION.toString();
    private static final String FOREIGN = DirectoryDemoIds.SOE_ORGANISATION.toString();
    private static final String OWN_CONTACT = DirectoryDemoIds.MS_DEMO_CONTACT.toString();
    private static final String FOREIGN_CONTACT = DirectoryDemoIds.SOE_CONTACT.toString();
    private static final String OWN_LOCATION = DirectoryDemoIds.MS_DEMO_LOCATION.toString();
    private static final String FOREIGN_LOCATION = DirectoryDemoIds.SOE_LOCATION.toString();

    @Override
    public void declare(Routes routes) {
        routes.get(BASE).roles(PROVIDER, COORDINATOR, COUNTY_ADMIN).query("q=freiberg&sort=updated&dir=desc");
        routes.get(BASE + "/new").roles(COORDINATOR, COUNTY_ADMIN);
        routes.post(BASE).roles(COORDINATOR, COUNTY_ADMIN).denialOnly();
        routes.get(BASE + "/{id}").roles(PROVIDER, COORDINATOR, COUNTY_ADMIN).with("id", OWN, FOREIGN);
        routes.get(BASE + "/{id}/edit").roles(PROVIDER, COORDINATOR, COUNTY_ADMIN).with("id", OWN, FOREIGN);
        routes.post(BASE + "/{id}").roles(PROVIDER, COORDINATOR, COUNTY_ADMIN).with("id", OWN, FOREIGN).denialOnly();
        routes.get(BASE + "/{id}/delete").roles(COORDINATOR, COUNTY_ADMIN).with("id", OWN, FOREIGN);
        routes.post(BASE + "/{id}/delete").roles(COORDINATOR, COUNTY_ADMIN).with("id", OWN, FOREIGN).denialOnly();

        routes.get(BASE + "/{id}/contacts/new").roles(PROVIDER, COORDINATOR, COUNTY_ADMIN).with("id", OWN, FOREIGN);
        routes.post(BASE + "/{id}/contacts").roles(PROVIDER, COORDINATOR, COUNTY_ADMIN).with("id", OWN, FOREIGN)
                .denialOnly();
        routes.get(BASE + "/{id}/contacts/{contactId}/edit").roles(PROVIDER, COORDINATOR, COUNTY_ADMIN)
                .with("id", OWN, FOREIGN).with("contactId", OWN_CONTACT, FOREIGN_CONTACT);
        routes.post(BASE + "/{id}/contacts/{contactId}").roles(PROVIDER, COORDINATOR, COUNTY_ADMIN)
                .with("id", OWN, FOREIGN).with("contactId", OWN_CONTACT, FOREIGN_CONTACT).denialOnly();
        routes.post(BASE + "/{id}/contacts/{contactId}/delete").roles(PROVIDER, COORDINATOR, COUNTY_ADMIN)
                .with("id", OWN, FOREIGN).with("contactId", OWN_CONTACT, FOREIGN_CONTACT).denialOnly();

        routes.get(BASE + "/{id}/locations/new").roles(PROVIDER, COORDINATOR, COUNTY_ADMIN).with("id", OWN, FOREIGN);
        routes.post(BASE + "/{id}/locations").roles(PROVIDER, COORDINATOR, COUNTY_ADMIN).with("id", OWN, FOREIGN)
                .denialOnly();
        routes.get(BASE + "/{id}/locations/{locationId}/edit").roles(PROVIDER, COORDINATOR, COUNTY_ADMIN)
                .with("id", OWN, FOREIGN).with("locationId", OWN_LOCATION, FOREIGN_LOCATION);
        routes.post(BASE + "/{id}/locations/{locationId}").roles(PROVIDER, COORDINATOR, COUNTY_ADMIN)
                .with("id", OWN, FOREIGN).with("locationId", OWN_LOCATION, FOREIGN_LOCATION).denialOnly();
        routes.post(BASE + "/{id}/locations/{locationId}/delete").roles(PROVIDER, COORDINATOR, COUNTY_ADMIN)
                .with("id", OWN, FOREIGN).with("locationId", OWN_LOCATION, FOREIGN_LOCATION).denialOnly();
    }
}
