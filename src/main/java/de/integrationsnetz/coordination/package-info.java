/**
 * The district's integration coordination: regional offices, the kommunale Integrationskoordinatorinnen und
 * -koordinatoren (FTE, programme basis, funding share), the municipalities each one looks after, the county overview
 * against the programme's cap, and the public "who is responsible for my municipality?" lookup.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Coordination",
        allowedDependencies = {"shared", "geography", "identity"})
@org.jspecify.annotations.NullMarked
package de.integrationsnetz.coordination;
