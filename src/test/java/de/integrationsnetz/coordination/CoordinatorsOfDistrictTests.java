package de.integrationsnetz.coordination;

import static org.assertj.core.api.Assertions.assertThat;

import de.integrationsnetz.coordination.team.CoordinationDemo;
import de.integrationsnetz.coordination.team.CoordinatorManagement;
import de.integrationsnetz.coordination.team.CoordinatorView;
import de.integrationsnetz.shared.MunicipalityKey;
import de.integrationsnetz.support.IntegrationTest;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** {@link CoordinationQueries#coordinatorsOf}: the district's active coordinators for other modules' back offices. */
@IntegrationTest
class CoordinatorsOfDistrictTests {

    @Autowired
    CoordinationQueries queries;

    @Autowired
    CoordinatorManagement coordinators;

    @Test
    void listsExactlyTheActiveCoordinatorsOfTheDistrictWithOfficeAndMunicipalitiesWhatEverTheyPublished() {
        List<CoordinatorSummary> mittelsachsen = queries.coordinatorsOf(CoordinationDemo.MITTELSACHSEN);
        List<CoordinatorView> active = coordinators.coordinatorsOf(CoordinationDemo.MITTELSACHSEN).stream()
                .filter(CoordinatorView::active)
                .toList();

        assertThat(mittelsachsen).extracting(CoordinatorSummary::id)
                .containsExactlyElementsOf(active.stream().map(CoordinatorView::id).toList());
        assertThat(mittelsachsen).anySatisfy(c -> {
            assertThat(c.id().value()).isEqualTo(CoordinationDemo.COORDINATOR_FREIBERG);
            assertThat(c.displayName()).isEqualTo(CoordinationDemo.DEMO_FREIBERG_COORDINATOR_NAME);
            assertThat(c.officeName()).contains("Freiberg");
            assertThat(c.looksAfter(MunicipalityKey.of("14522180"))).isTrue();
        });
        assertThat(mittelsachsen).extracting(CoordinatorSummary::displayName)
                .contains(CoordinationDemo.DEMO_UNPUBLISHED_NAME)
                .isSortedAccordingTo(String.CASE_INSENSITIVE_ORDER);
        assertThat(mittelsachsen).extracting(CoordinatorSummary::id)
                .doesNotContain(new CoordinatorId(CoordinationDemo.COORDINATOR_PIRNA));
        assertThat(queries.coordinatorsOf(CoordinationDemo.SAECHSISCHE_SCHWEIZ)).extracting(CoordinatorSummary::id)
                .contains(new CoordinatorId(CoordinationDemo.COORDINATOR_PIRNA));
    }
}
