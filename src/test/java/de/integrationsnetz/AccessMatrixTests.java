package de.integrationsnetz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import de.integrationsnetz.identity.Role;
import de.integrationsnetz.identity.demo.DemoAccounts;
import de.integrationsnetz.support.IntegrationTest;
import de.integrationsnetz.support.access.RouteRule;
import de.integrationsnetz.support.access.RouteRules;
import de.integrationsnetz.support.access.Routes;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AssignableTypeFilter;
import org.springframework.http.HttpMethod;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Walks every route of the application (found in the handler mappings, not listed by hand) for an anonymous visitor
 * and for every role, and for district-scoped routes with another district's keys and ids. The expected outcome of
 * each route comes from the modules' {@link RouteRules}; a route without a rule fails the build.
 */
@IntegrationTest
class AccessMatrixTests {

    private static final Pattern VARIABLE = Pattern.compile("\\{([^}:]+)(:[^}]*)?}");
    private static final Map<Role, String> USERS = Map.of(
            Role.COUNTY_ADMIN, DemoAccounts.COUNTY_ADMIN,
            Role.COORDINATOR, DemoAccounts.COORDINATOR,
            Role.MUNICIPALITY, DemoAccounts.MUNICIPALITY,
            Role.PROVIDER, DemoAccounts.PROVIDER,
            Role.INTERPRETER_OFFICE, DemoAccounts.INTERPRETER_OFFICE,
            Role.INTERPRETER, DemoAccounts.INTERPRETER,
            Role.STATE_OBSERVER, DemoAccounts.STATE_OBSERVER,
            Role.OPERATOR, DemoAccounts.OPERATOR);
    private static final Set<Role> STATEWIDE = Set.of(Role.STATE_OBSERVER, Role.OPERATOR);

    @Autowired
    MockMvc mvc;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping handlerMapping;

    @Autowired
    UserDetailsService userDetails;

    private final Routes routes = collectRules();

    @Test
    void everyRouteOfTheApplicationHasAnAccessRule() {
        List<String> missing = new ArrayList<>();
        for (Route route : discoveredRoutes()) {
            if (routes.find(route.method(), route.pattern()).isEmpty()) {
                missing.add(route.method() + " " + route.pattern() + "  (" + route.handler() + ")");
            }
        }
        assertThat(missing).as("Routes without a rule in a RouteRules class of the module's tests").isEmpty();
    }

    @Test
    void everyRuleNamesARouteThatExists() {
        Set<String> existing = new TreeSet<>();
        discoveredRoutes().forEach(route -> existing.add(route.method() + " " + route.pattern()));
        assertThat(routes.all()).extracting(RouteRule::toString).allSatisfy(rule -> assertThat(existing).contains(rule));
    }

    @TestFactory
    Stream<DynamicTest> everyRouteAnswersEachRoleAsItsRuleSays() {
        return routes.all().stream().map(rule -> DynamicTest.dynamicTest(rule.toString(), () -> check(rule)));
    }

    private void check(RouteRule rule) throws Exception {
        String ownPath = expand(rule, rule.ownValues());
        int success = rule.successStatus() > 0 ? rule.successStatus() : (rule.method() == HttpMethod.GET ? 200 : 302);

        MvcResult anonymous = call(rule, ownPath, null);
        if (rule.isPublic()) {
            if (rule.checksAllowedCalls()) {
                assertThat(anonymous.getResponse().getStatus()).as("anonymous %s", rule).isEqualTo(success);
            }
        } else if (rule.pattern().startsWith("/api/")) {
            assertThat(anonymous.getResponse().getStatus()).as("anonymous %s", rule).isEqualTo(401);
        } else {
            assertThat(anonymous.getResponse().getStatus()).as("anonymous %s", rule).isEqualTo(302);
            assertThat(anonymous.getResponse().getRedirectedUrl()).as("anonymous %s", rule).endsWith("/login");
        }

        for (Map.Entry<Role, String> entry : USERS.entrySet()) {
            Role role = entry.getKey();
            UserDetails account = userDetails.loadUserByUsername(entry.getValue());
            boolean allowed = rule.isPublic() || rule.allowed().contains(role);
            if (allowed && rule.checksAllowedCalls()) {
                assertThat(call(rule, ownPath, account).getResponse().getStatus())
                        .as("%s as %s", rule, role).isEqualTo(success);
            } else if (!allowed) {
                assertThat(call(rule, ownPath, account).getResponse().getStatus())
                        .as("%s as %s must be forbidden", rule, role).isEqualTo(403);
            }
            if (!rule.foreignValues().isEmpty() && allowed && !rule.isPublic() && !STATEWIDE.contains(role)) {
                String foreignPath = expand(rule, merged(rule.ownValues(), rule.foreignValues()));
                assertThat(call(rule, foreignPath, account).getResponse().getStatus())
                        .as("%s as %s with another district's data (%s)", rule, role, foreignPath)
                        .isIn(403, 404);
            }
        }
    }

    private MvcResult call(RouteRule rule, String path, @Nullable UserDetails account) throws Exception {
        String uri = rule.queryString().isEmpty() ? path : path + "?" + rule.queryString();
        MockHttpServletRequestBuilder request = MockMvcRequestBuilders.request(rule.method(), uri)
                .accept("text/html,application/json");
        if (rule.method() != HttpMethod.GET) {
            request.with(csrf());
            rule.form().forEach(request::param);
        }
        if (account != null) {
            request.with(user(account));
        }
        return mvc.perform(request).andReturn();
    }

    private static Map<String, String> merged(Map<String, String> own, Map<String, String> foreign) {
        Map<String, String> values = new java.util.HashMap<>(own);
        values.putAll(foreign);
        return values;
    }

    private static String expand(RouteRule rule, Map<String, String> values) {
        Matcher matcher = VARIABLE.matcher(rule.pattern());
        StringBuilder path = new StringBuilder();
        while (matcher.find()) {
            String value = values.get(matcher.group(1));
            assertThat(value).as("%s needs a value for {%s} (RouteRule.with)", rule, matcher.group(1)).isNotNull();
            matcher.appendReplacement(path, Matcher.quoteReplacement(value));
        }
        matcher.appendTail(path);
        return path.toString();
    }

    private record Route(HttpMethod method, String pattern, String handler) {}

    private List<Route> discoveredRoutes() {
        List<Route> found = new ArrayList<>();
        for (Map.Entry<RequestMappingInfo, HandlerMethod> entry : handlerMapping.getHandlerMethods().entrySet()) {
            RequestMappingInfo info = entry.getKey();
            Set<String> patterns = info.getPatternValues();
            Set<HttpMethod> methods = new java.util.LinkedHashSet<>();
            info.getMethodsCondition().getMethods().forEach(method -> methods.add(HttpMethod.valueOf(method.name())));
            if (methods.isEmpty()) {
                methods.add(HttpMethod.GET);
            }
            for (String pattern : patterns) {
                for (HttpMethod method : methods) {
                    found.add(new Route(method, pattern, entry.getValue().getShortLogMessage()));
                }
            }
        }
        return found;
    }

    private static Routes collectRules() {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AssignableTypeFilter(RouteRules.class));
        Routes routes = new Routes();
        for (BeanDefinition candidate : scanner.findCandidateComponents("de.integrationsnetz")) {
            try {
                Class<?> type = Class.forName(candidate.getBeanClassName());
                java.lang.reflect.Constructor<?> constructor = type.getDeclaredConstructor();
                constructor.setAccessible(true);
                ((RouteRules) constructor.newInstance()).declare(routes);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("Cannot create " + candidate.getBeanClassName(), e);
            }
        }
        return routes;
    }
}
