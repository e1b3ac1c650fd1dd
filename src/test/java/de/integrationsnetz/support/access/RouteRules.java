package de.integrationsnetz.support.access;

/**
 * Each module's test sources declare who may open each of its routes in one class implementing this interface
 * (e.g. {@code geography.GeographyRouteRules}); {@code AccessMatrixTests} finds them all on the classpath. A route
 * that no class declares fails the build.
 */
public interface RouteRules {

    void declare(Routes routes);
}
