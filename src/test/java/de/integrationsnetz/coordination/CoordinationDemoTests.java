package de.integrationsnetz.coordination;

import static org.assertj.core.api.Assertions.assertThat;

import de.integrationsnetz.coordination.team.CoordinationDemo;
import de.integrationsnetz.coordination.team.CoordinatorManagement;
import de.integrationsnetz.coordination.team.CoordinatorView;
import de.integrationsnetz.coordination.team.OfficeManagement;
import de.integrationsnetz.identity.demo.DemoAccounts;
import de.integrationsnetz.shared.MunicipalityKey;
import de.integrationsnetz.support.IntegrationTest;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@IntegrationTest
class CoordinationDemoTests {

    @Autowired
    CoordinatorManagement coordinators;

    @Autowired
    OfficeManagement offices;

    @Autowired
    CoordinationQueries queries;

    @Test
    void linksTheDemoCoordinatorLoginsToTheirCoordinatorRecords() {
        assertThat(CoordinationDemo.FREIBERG_COORDINATOR_LOGIN).isEqualTo(DemoAccounts.idOf(DemoAccounts.COORDINATOR));
        assertThat(CoordinationDemo.PIRNA_COORDINATOR_LOGIN)
                .isEqualTo(DemoAccounts.idOf(DemoAccounts.OTHER_COORDINATOR));

        assertThat(queries.municipalitiesLookedAfterBy(DemoAccounts.idOf(DemoAccounts.COORDINATOR)))
                .contains(MunicipalityKey.of("14522180"));
        assertThat(queries.municipalitiesLookedAfterBy(DemoAccounts.idOf(DemoAccounts.COUNTY_ADMIN))).isEmpty();
    }

    @Test
    void marksEveryDemoRecordAsDemoWithFictitiousContacts() {
        List<CoordinatorView> all = new java.util.ArrayList<>(coordinators.coordinatorsOf(CoordinationDemo.MITTELSACHSEN));
        all.addAll(coordinators.coordinatorsOf(CoordinationDemo.SAECHSISCHE_SCHWEIZ));

        assertThat(all).hasSize(17).allSatisfy(c -> {
            assertThat(c.demo()).isTrue();
            assertThat(c.fullName()).contains("Demo");
            assertThat(c.workEmail()).endsWith("@demo.integrationsnetz.de");
            assertThat(c.workPhone()).contains(" 555-");
        });
        assertThat(offices.officesOf(CoordinationDemo.MITTELSACHSEN)).hasSize(4)
                .allSatisfy(o -> assertThat(o.contact().phone()).startsWith("03731 555-"));
        assertThat(offices.officesOf(CoordinationDemo.SAECHSISCHE_SCHWEIZ)).hasSize(4)
                .allSatisfy(o -> assertThat(o.demo()).isTrue());
    }

    @Test
    void somePublishTheirNameAndSomeDoNot() {
        List<CoordinatorView> all = coordinators.coordinatorsOf(CoordinationDemo.MITTELSACHSEN);

        assertThat(all).anySatisfy(c -> assertThat(c.consent().name()).isTrue());
        assertThat(all).anySatisfy(c -> assertThat(c.consent().name()).isFalse());
        assertThat(all).anySatisfy(c -> assertThat(c.consent().email()).isTrue());
    }
}
