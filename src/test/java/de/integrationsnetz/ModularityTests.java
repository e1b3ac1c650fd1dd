package de.integrationsnetz;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

class ModularityTests {

    private final ApplicationModules modules = ApplicationModules.of(Application.class);

    @Test
    void modulesOnlyUseEachOthersApisAndHaveNoCycles() {
        modules.verify();
    }

    /**
     * Diagrams and canvases go to target/spring-modulith-docs. Deliberately not {@code writeDocumentation()}: it also
     * writes the module metadata into target/classes, where the runtime (and the jar) would trust a stale copy and
     * skip the Flyway migrations of modules added since.
     */
    @Test
    void writesModuleDocumentation() {
        new Documenter(modules).writeModulesAsPlantUml()
                .writeIndividualModulesAsPlantUml()
                .writeModuleCanvases()
                .writeAggregatingDocument();
    }

    @Test
    void leavesNoPrecomputedModuleMetadataForTheRuntime() {
        assertThat(getClass().getResource("/META-INF/spring-modulith/application-modules.json")).isNull();
    }
}
