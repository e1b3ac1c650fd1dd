package de.integrationsnetz.coordination.team;

import static org.assertj.core.api.Assertions.assertThat;

import de.integrationsnetz.geography.MunicipalitySummary;
import de.integrationsnetz.shared.MunicipalityKey;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class CoordinationDemoDataTests {

    static final UUID WEST = UUID.randomUUID();
    static final UUID EAST = UUID.randomUUID();
    static final UUID WEST_FIRST = UUID.randomUUID();
    static final UUID WEST_SECOND = UUID.randomUUID();
    static final UUID EAST_ONLY = UUID.randomUUID();

    final List<MunicipalitySummary> municipalities = List.of(
            FakeGeography.municipality("14522001", "Weststadt", 20_000, 51.0, 13.0),
            FakeGeography.municipality("14522002", "Westdorf", 3_000, 51.0, 13.05),
            FakeGeography.municipality("14522003", "Westheim", 5_000, 51.02, 13.02),
            FakeGeography.municipality("14522004", "Oststadt", 15_000, 51.0, 13.5),
            FakeGeography.municipality("14522005", "Ostdorf", 2_000, 51.0, 13.45),
            FakeGeography.municipality("14522006", "Winzig", 500, 51.0, 13.25));

    static CoordinationDemoData.DemoOffice office(UUID id, String town) {
        return new CoordinationDemoData.DemoOffice(id, town,
                new OfficeDetails(town, "Markt 1", "09599", town, "03731 555-000", null, null));
    }

    static CoordinationDemoData.DemoCoordinator coordinator(UUID id, UUID office) {
        return new CoordinationDemoData.DemoCoordinator(id, office, "Test (Demo)", "1.0", LocalDate.of(2017, 1, 1),
                "03731 555-001", "test@demo.example", PublicationConsent.NONE);
    }

    Map<UUID, Set<MunicipalityKey>> assign(int leaveUnassigned) {
        return CoordinationDemoData.assign(municipalities, List.of(office(WEST, "Weststadt"), office(EAST, "Oststadt")),
                List.of(coordinator(WEST_FIRST, WEST), coordinator(WEST_SECOND, WEST), coordinator(EAST_ONLY, EAST)),
                leaveUnassigned);
    }

    @Test
    void assignsEveryMunicipalityToACoordinatorOfTheNearestOffice() {
        Map<UUID, Set<MunicipalityKey>> assignment = assign(0);

        assertThat(assignment.get(EAST_ONLY)).containsExactlyInAnyOrder(MunicipalityKey.of("14522004"),
                MunicipalityKey.of("14522005"));
        assertThat(union(assignment)).hasSize(6);
    }

    @Test
    void givesTheOfficesOwnTownToItsFirstCoordinator() {
        Map<UUID, Set<MunicipalityKey>> assignment = assign(0);

        assertThat(assignment.get(WEST_FIRST)).contains(MunicipalityKey.of("14522001"));
        assertThat(assignment.get(WEST_SECOND)).isNotEmpty();
    }

    @Test
    void leavesTheSmallestMunicipalitiesUnassigned() {
        Map<UUID, Set<MunicipalityKey>> assignment = assign(2);

        assertThat(union(assignment)).hasSize(4)
                .doesNotContain(MunicipalityKey.of("14522006"), MunicipalityKey.of("14522005"));
    }

    @Test
    void measuresDistancesAlongTheEarthsSurface() {
        MunicipalitySummary freiberg = FakeGeography.municipality("14522180", "Freiberg", 1, 50.914868, 13.344344);
        MunicipalitySummary doebeln = FakeGeography.municipality("14522080", "Döbeln", 1, 51.121669, 13.121007);

        assertThat(CoordinationDemoData.distanceKm(freiberg, doebeln)).isBetween(26.0, 29.0);
    }

    static Set<MunicipalityKey> union(Map<UUID, Set<MunicipalityKey>> assignment) {
        Set<MunicipalityKey> all = new java.util.HashSet<>();
        assignment.values().forEach(all::addAll);
        return all;
    }
}
