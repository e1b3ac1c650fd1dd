package de.integrationsnetz.support.access;

import de.integrationsnetz.identity.Role;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.springframework.http.HttpMethod;

/**
 * Who may use one route, and with which values to call it.
 *
 * <p>Test users are the demo accounts: each role in Mittelsachsen (14522; the municipality role for Freiberg
 * 14522180), the state observer and operator statewide. For a path variable, {@link #with} gives a value from the
 * user's own district and one from another district (Sächsische Schweiz-Osterzgebirge, 14628); calls with the
 * foreign value must never succeed (403 or 404) for district-scoped roles.
 */
public final class RouteRule {

    private final HttpMethod method;
    private final String pattern;
    private boolean publicAccess;
    private final Set<Role> allowed = EnumSet.noneOf(Role.class);
    private final Map<String, String> ownValues = new LinkedHashMap<>();
    private final Map<String, String> foreignValues = new LinkedHashMap<>();
    private final Map<String, String> form = new LinkedHashMap<>();
    private String query = "";
    private int successStatus = -1;
    private boolean checkAllowedCalls = true;

    RouteRule(HttpMethod method, String pattern) {
        this.method = method;
        this.pattern = pattern;
    }

    /** Anyone, logged in or not, gets the success status. */
    public RouteRule publicAccess() {
        this.publicAccess = true;
        return this;
    }

    /** Logged-in users with one of these roles succeed; other roles get 403; anonymous visitors must log in. */
    public RouteRule roles(Role... roles) {
        allowed.addAll(Set.of(roles));
        return this;
    }

    /** Any logged-in user succeeds. */
    public RouteRule anyRole() {
        allowed.addAll(EnumSet.allOf(Role.class));
        return this;
    }

    /** Values for a path variable: one the test user may see, and one of another district that they may not. */
    public RouteRule with(String variable, String own, String foreign) {
        ownValues.put(variable, own);
        foreignValues.put(variable, foreign);
        return this;
    }

    /** A value for a path variable that is the same for everyone (e.g. a public key). */
    public RouteRule with(String variable, String value) {
        ownValues.put(variable, value);
        return this;
    }

    /** A query string for the call, without the leading '?'. */
    public RouteRule query(String query) {
        this.query = query;
        return this;
    }

    /** Form fields sent with a POST; without them, allowed calls of a POST are not made (they would change data). */
    public RouteRule form(String name, String value) {
        form.put(name, value);
        return this;
    }

    /** The status an allowed call answers with (default: 200 for GET, a redirect for POST). */
    public RouteRule succeedsWith(int status) {
        this.successStatus = status;
        return this;
    }

    /** Only check that the route is closed to the wrong people (for calls that cannot be made harmlessly). */
    public RouteRule denialOnly() {
        this.checkAllowedCalls = false;
        return this;
    }

    public HttpMethod method() {
        return method;
    }

    public String pattern() {
        return pattern;
    }

    public boolean isPublic() {
        return publicAccess;
    }

    public Set<Role> allowed() {
        return allowed;
    }

    public Map<String, String> ownValues() {
        return ownValues;
    }

    public Map<String, String> foreignValues() {
        return foreignValues;
    }

    public Map<String, String> form() {
        return form;
    }

    public String queryString() {
        return query;
    }

    public int successStatus() {
        return successStatus;
    }

    public boolean checksAllowedCalls() {
        return checkAllowedCalls && (method == HttpMethod.GET || !form.isEmpty());
    }

    @Override
    public String toString() {
        return method + " " + pattern;
    }
}
