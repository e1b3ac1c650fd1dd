package de.integrationsnetz;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noMethods;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.persistence.Entity;
import org.junit.jupiter.api.Test;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The code conventions of docs/architecture.md that the compiler does not check. */
class ArchitectureTests {

    private final JavaClasses classes = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("de.integrationsnetz");

    @Test
    void controllersArePackagePrivateAndLiveInAWebPackage() {
        noClasses().that().areAnnotatedWith(Controller.class).or().areAnnotatedWith(RestController.class)
                .should().bePublic()
                .orShould().resideOutsideOfPackage("..web..")
                .check(classes);
    }

    @Test
    void noHandlerBindsRequestDataDirectlyToAnEntity() {
        noMethods().that().areDeclaredInClassesThat().areAnnotatedWith(Controller.class)
                .or().areDeclaredInClassesThat().areAnnotatedWith(RestController.class)
                .should(com.tngtech.archunit.lang.conditions.ArchConditions.have(
                        com.tngtech.archunit.base.DescribedPredicate.describe("an @Entity parameter",
                                method -> method.getRawParameterTypes().stream()
                                        .anyMatch(type -> type.isAnnotatedWith(Entity.class)))))
                .check(classes);
    }

    @Test
    void handlerMethodsAreNotPublicApi() {
        methods().that().areAnnotatedWith(RequestMapping.class)
                .or().areMetaAnnotatedWith(RequestMapping.class)
                .should().notHaveModifier(JavaModifier.PUBLIC)
                .allowEmptyShould(true)
                .check(classes);
    }

    @Test
    void domainCodeDoesNotUseTheServletApiOrWebLayer() {
        noClasses().that().resideOutsideOfPackages("..web..", "..platform..", "..api..")
                .should().dependOnClassesThat().resideInAnyPackage("jakarta.servlet..", "org.springframework.web.servlet..")
                .check(classes);
    }
}
