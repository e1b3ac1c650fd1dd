package de.integrationsnetz.coordination.team;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import de.integrationsnetz.coordination.OfficeId;
import de.integrationsnetz.shared.DistrictKey;
import de.integrationsnetz.shared.MunicipalityKey;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CoordinatorManagementTests {

    static final DistrictKey MITTELSACHSEN = DistrictKey.of("14522");

    final OfficeRepository offices = mock(OfficeRepository.class);
    final CoordinatorRepository coordinators = mock(CoordinatorRepository.class);
    final FakeGeography geography = new FakeGeography(List.of(
            FakeGeography.municipality("14522180", "Freiberg", 41_519, 50.91, 13.34),
            FakeGeography.municipality("14628270", "Pirna", 39_000, 50.96, 13.94)));
    final CoordinatorManagement management =
            new CoordinatorManagement(coordinators, offices, geography, new Today(Clock.systemUTC()));
    final Office freiberg = new Office(OfficeId.random(), MITTELSACHSEN,
            new OfficeDetails("Freiberg", "Am Rotvorwerk 3", "09599", "Freiberg", "03731 555-101", null, null), false);

    CoordinatorDetails looksAfter(String... ags) {
        return new CoordinatorDetails("Erika Test", BigDecimal.ONE, LocalDate.of(2020, 1, 1), null, null, null, null,
                null, PublicationConsent.NONE,
                java.util.Arrays.stream(ags).map(MunicipalityKey::of).collect(java.util.stream.Collectors.toSet()),
                null);
    }

    @Test
    void appointsACoordinatorForMunicipalitiesOfTheGeography() {
        when(offices.findByIdAndDistrictKey(freiberg.id().value(), "14522")).thenReturn(Optional.of(freiberg));
        when(coordinators.save(any())).thenAnswer(call -> call.getArgument(0));

        assertThat(management.appoint(MITTELSACHSEN, freiberg.id(), looksAfter("14522180"))).isNotNull();
    }

    @Test
    void rejectsAMunicipalityTheGeographyDoesNotKnowInTheDistrict() {
        when(offices.findByIdAndDistrictKey(freiberg.id().value(), "14522")).thenReturn(Optional.of(freiberg));

        assertThatThrownBy(() -> management.appoint(MITTELSACHSEN, freiberg.id(), looksAfter("14522999")))
                .isInstanceOf(CoordinationRuleViolation.class)
                .extracting("field").isEqualTo("municipalities");
        verify(coordinators, never()).save(any());
    }

    @Test
    void rejectsAMunicipalityOfAnotherDistrict() {
        when(offices.findByIdAndDistrictKey(freiberg.id().value(), "14522")).thenReturn(Optional.of(freiberg));

        assertThatThrownBy(() -> management.appoint(MITTELSACHSEN, freiberg.id(), looksAfter("14628270")))
                .isInstanceOf(CoordinationRuleViolation.class);
        verify(coordinators, never()).save(any());
    }

    @Test
    void rejectsAnOfficeThatIsNotInTheDistrict() {
        OfficeId foreign = OfficeId.random();
        when(offices.findByIdAndDistrictKey(foreign.value(), "14522")).thenReturn(Optional.empty());

        assertThatThrownBy(() -> management.appoint(MITTELSACHSEN, foreign, looksAfter()))
                .isInstanceOf(CoordinationRuleViolation.class)
                .extracting("field").isEqualTo("officeId");
    }

    @Test
    void rejectsAChangeBasedOnAnOutdatedVersion() {
        de.integrationsnetz.coordination.CoordinatorId id = de.integrationsnetz.coordination.CoordinatorId.random();
        Coordinator coordinator = new Coordinator(id, freiberg, looksAfter(), false);
        when(coordinators.findByIdAndDistrictKey(id.value(), "14522")).thenReturn(Optional.of(coordinator));

        assertThatThrownBy(() -> management.endAssignment(id, MITTELSACHSEN, 3, LocalDate.of(2024, 1, 1)))
                .isInstanceOf(org.springframework.orm.ObjectOptimisticLockingFailureException.class);
        assertThat(coordinator.endDate()).isNull();
    }

    @Test
    void treatsACoordinatorOfAnotherDistrictAsUnknown() {
        de.integrationsnetz.coordination.CoordinatorId id = de.integrationsnetz.coordination.CoordinatorId.random();
        when(coordinators.findByIdAndDistrictKey(id.value(), "14522")).thenReturn(Optional.empty());

        assertThat(management.find(id, MITTELSACHSEN)).isEmpty();
        assertThatThrownBy(() -> management.endAssignment(id, MITTELSACHSEN, 0, LocalDate.of(2024, 1, 1)))
                .isInstanceOf(java.util.NoSuchElementException.class);
    }
}
