package de.integrationsnetz.identity;

import de.integrationsnetz.identity.demo.DemoAccounts;
import de.integrationsnetz.support.access.RouteRules;
import de.integrationsnetz.support.access.Routes;

/**
 * Who may open the identity module's pages. Calls that would change demo data are made harmless: they submit a form
 * that fails validation (the page is shown again: 200), act on the caller's own account where that is refused, or
 * only check that the route is closed to the wrong people. The foreign value of {id} is an account of Sächsische
 * Schweiz-Osterzgebirge, which Mittelsachsen's county administration must not see or change.
 */
class IdentityRouteRules implements RouteRules {

    private static final String OWN_ACCOUNT = DemoAccounts.idOf(DemoAccounts.COORDINATOR).toString();
    private static final String FOREIGN_ACCOUNT = DemoAccounts.idOf(DemoAccounts.OTHER_COORDINATOR).toString();
    private static final String ADMIN_ITSELF = DemoAccounts.idOf(DemoAccounts.COUNTY_ADMIN).toString();

    @Override
    public void declare(Routes routes) {
        routes.get("/login").publicAccess();

        // One-time links: an unknown token answers with the "link not valid" page (404) for everyone.
        routes.get("/invitation/{token}").publicAccess().with("token", "unknown-token").succeedsWith(404);
        routes.post("/invitation/{token}").publicAccess().with("token", "unknown-token")
                .form("password", "a long enough password").form("passwordConfirmation", "a long enough password")
                .succeedsWith(404);
        routes.get("/password/reset/{token}").publicAccess().with("token", "unknown-token").succeedsWith(404);
        routes.post("/password/reset/{token}").publicAccess().with("token", "unknown-token")
                .form("password", "a long enough password").form("passwordConfirmation", "a long enough password")
                .succeedsWith(404);
        routes.get("/password/forgot").publicAccess();
        routes.post("/password/forgot").publicAccess().form("email", "nobody@example.org");

        // Own account: every logged-in user. Invalid submissions show the page again without changing anything.
        routes.get("/app/account").anyRole();
        routes.post("/app/account/name").anyRole().form("displayName", " ").succeedsWith(200);
        routes.post("/app/account/language").anyRole().form("language", "xx").succeedsWith(200);
        routes.post("/app/account/password").anyRole().form("currentPassword", "not the password")
                .form("password", "a long enough password").form("passwordConfirmation", "a long enough password")
                .succeedsWith(200);

        // User administration: county administrations only, and only for accounts of their own district.
        routes.get("/app/users").roles(Role.COUNTY_ADMIN);
        routes.get("/app/users/invite").roles(Role.COUNTY_ADMIN);
        routes.post("/app/users/invite").roles(Role.COUNTY_ADMIN).form("email", "not an address").succeedsWith(200);
        routes.get("/app/users/{id}").roles(Role.COUNTY_ADMIN).with("id", OWN_ACCOUNT, FOREIGN_ACCOUNT);
        routes.post("/app/users/{id}").roles(Role.COUNTY_ADMIN).with("id", OWN_ACCOUNT, FOREIGN_ACCOUNT)
                .form("displayName", " ").succeedsWith(200);
        // Deactivating oneself is refused (redirect with a note), so the allowed call changes nothing.
        routes.post("/app/users/{id}/deactivate").roles(Role.COUNTY_ADMIN).with("id", ADMIN_ITSELF, FOREIGN_ACCOUNT)
                .form("confirm", "yes");
        // Reactivating an active account and re-inviting an account with a password change nothing either.
        routes.post("/app/users/{id}/reactivate").roles(Role.COUNTY_ADMIN).with("id", OWN_ACCOUNT, FOREIGN_ACCOUNT)
                .form("confirm", "yes");
        routes.post("/app/users/{id}/resend-invitation").roles(Role.COUNTY_ADMIN)
                .with("id", OWN_ACCOUNT, FOREIGN_ACCOUNT).form("confirm", "yes");
    }
}
