package de.integrationsnetz.support.access;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.http.HttpMethod;

/** The collected rules: one per HTTP method and route pattern, exactly as the controller mapping spells it. */
public final class Routes {

    private final List<RouteRule> rules = new ArrayList<>();

    public RouteRule get(String pattern) {
        return add(HttpMethod.GET, pattern);
    }

    public RouteRule post(String pattern) {
        return add(HttpMethod.POST, pattern);
    }

    public RouteRule put(String pattern) {
        return add(HttpMethod.PUT, pattern);
    }

    public RouteRule delete(String pattern) {
        return add(HttpMethod.DELETE, pattern);
    }

    private RouteRule add(HttpMethod method, String pattern) {
        RouteRule rule = new RouteRule(method, pattern);
        rules.add(rule);
        return rule;
    }

    public List<RouteRule> all() {
        return List.copyOf(rules);
    }

    public Optional<RouteRule> find(HttpMethod method, String pattern) {
        return rules.stream().filter(rule -> rule.method().equals(method) && rule.pattern().equals(pattern)).findFirst();
    }
}
