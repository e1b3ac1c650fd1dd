package de.integrationsnetz.coordination.team;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.integrationsnetz.coordination.CoordinatorId;
import de.integrationsnetz.coordination.OfficeId;
import de.integrationsnetz.coordination.PublicPerson;
import de.integrationsnetz.shared.DistrictKey;
import de.integrationsnetz.shared.MunicipalityKey;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CoordinatorTests {

    static final DistrictKey MITTELSACHSEN = DistrictKey.of("14522");
    static final MunicipalityKey FREIBERG = MunicipalityKey.of("14522180");
    static final MunicipalityKey FLOEHA = MunicipalityKey.of("14522140");
    static final MunicipalityKey PIRNA = MunicipalityKey.of("14628270");
    static final LocalDate START = LocalDate.of(2017, 2, 1);

    static Office office(DistrictKey district) {
        return new Office(OfficeId.random(), district,
                new OfficeDetails("Freiberg", "Am Rotvorwerk 3", "09599", "Freiberg", "03731 555-101", null, null),
                false);
    }

    static CoordinatorDetails details(String fte, Set<MunicipalityKey> municipalities, PublicationConsent consent) {
        return new CoordinatorDetails("Erika Test", new BigDecimal(fte), START, null, null, null, "03731 555-999",
                "erika.test@example.org", consent, municipalities, null);
    }

    static Coordinator coordinator(String fte) {
        return new Coordinator(CoordinatorId.random(), office(MITTELSACHSEN), details(fte, Set.of(FREIBERG),
                PublicationConsent.NONE), false);
    }

    @Nested
    class FullTimeEquivalent {

        @ParameterizedTest
        @ValueSource(strings = {"0.1", "0.5", "0.75", "1.0", "1"})
        void acceptsFteFromATenthToOneFullPosition(String fte) {
            assertThat(coordinator(fte).fte()).isEqualByComparingTo(fte);
        }

        @ParameterizedTest
        @ValueSource(strings = {"0", "0.09", "1.01", "1.5", "-0.5"})
        void rejectsFteOutsideATenthToOne(String fte) {
            assertThatThrownBy(() -> coordinator(fte))
                    .isInstanceOf(CoordinationRuleViolation.class)
                    .extracting("field").isEqualTo("fte");
        }

        @Test
        void rejectsMoreThanTwoDecimals() {
            assertThatThrownBy(() -> coordinator("0.333")).isInstanceOf(CoordinationRuleViolation.class);
        }

        @Test
        void rejectsAChangeToMoreThanOneFullTimeEquivalent() {
            Coordinator coordinator = coordinator("1.0");
            Office office = office(MITTELSACHSEN);

            assertThatThrownBy(() -> coordinator.change(office, details("1.25", Set.of(), PublicationConsent.NONE)))
                    .isInstanceOf(CoordinationRuleViolation.class);
            assertThat(coordinator.fte()).isEqualByComparingTo("1.0");
        }
    }

    @Nested
    class Districts {

        @Test
        void belongsToTheDistrictOfItsOffice() {
            assertThat(coordinator("1.0").district()).isEqualTo(MITTELSACHSEN);
            assertThat(coordinator("1.0").owningDistrict()).isEqualTo(MITTELSACHSEN);
        }

        @Test
        void rejectsAMunicipalityOfAnotherDistrict() {
            assertThatThrownBy(() -> new Coordinator(CoordinatorId.random(), office(MITTELSACHSEN),
                    details("1.0", Set.of(FREIBERG, PIRNA), PublicationConsent.NONE), false))
                    .isInstanceOf(CoordinationRuleViolation.class)
                    .hasMessageContaining("14628270")
                    .extracting("field").isEqualTo("municipalities");
        }

        @Test
        void rejectsAssigningAMunicipalityOfAnotherDistrictLater() {
            Coordinator coordinator = coordinator("1.0");

            assertThatThrownBy(() -> coordinator.assign(Set.of(PIRNA))).isInstanceOf(CoordinationRuleViolation.class);
            assertThat(coordinator.municipalities()).containsExactly(FREIBERG);
        }

        @Test
        void rejectsMovingToAnOfficeOfAnotherDistrict() {
            Coordinator coordinator = coordinator("1.0");
            Office pirna = office(DistrictKey.of("14628"));

            assertThatThrownBy(() -> coordinator.change(pirna, details("1.0", Set.of(), PublicationConsent.NONE)))
                    .isInstanceOf(CoordinationRuleViolation.class)
                    .extracting("field").isEqualTo("officeId");
        }

        @Test
        void replacesItsMunicipalities() {
            Coordinator coordinator = coordinator("1.0");

            coordinator.assign(Set.of(FLOEHA));

            assertThat(coordinator.looksAfter(FLOEHA)).isTrue();
            assertThat(coordinator.looksAfter(FREIBERG)).isFalse();
        }
    }

    @Nested
    class Programme {

        @Test
        void defaultsToTheStateProgrammeWithNinetyPercentFunding() {
            Coordinator coordinator = coordinator("1.0");

            assertThat(coordinator.programmeBasis()).isEqualTo("Richtlinie Integrative Maßnahmen, Teil 2");
            assertThat(coordinator.fundingSharePercent()).isEqualTo(90);
        }

        @Test
        void rejectsAFundingShareAboveOneHundredPercent() {
            CoordinatorDetails details = new CoordinatorDetails("Erika Test", BigDecimal.ONE, START, null, "Eigenmittel",
                    101, null, null, PublicationConsent.NONE, Set.of(), null);

            assertThatThrownBy(() -> new Coordinator(CoordinatorId.random(), office(MITTELSACHSEN), details, false))
                    .isInstanceOf(CoordinationRuleViolation.class);
        }
    }

    @Nested
    class Activity {

        @Test
        void isActiveFromTheStartDateUpToAndIncludingTheEndDate() {
            Coordinator coordinator = coordinator("1.0");
            coordinator.endAssignment(LocalDate.of(2025, 6, 30));

            assertThat(coordinator.isActiveOn(START.minusDays(1))).isFalse();
            assertThat(coordinator.isActiveOn(START)).isTrue();
            assertThat(coordinator.isActiveOn(LocalDate.of(2025, 6, 30))).isTrue();
            assertThat(coordinator.isActiveOn(LocalDate.of(2025, 7, 1))).isFalse();
            assertThat(coordinator.hasEndedBefore(LocalDate.of(2025, 7, 1))).isTrue();
        }

        @Test
        void withoutEndDateStaysActive() {
            assertThat(coordinator("1.0").isActiveOn(LocalDate.of(2040, 1, 1))).isTrue();
        }

        @Test
        void rejectsAnEndBeforeTheStart() {
            Coordinator coordinator = coordinator("1.0");

            assertThatThrownBy(() -> coordinator.endAssignment(START.minusDays(1)))
                    .isInstanceOf(CoordinationRuleViolation.class)
                    .extracting("field").isEqualTo("endDate");
            assertThat(coordinator.endDate()).isNull();
        }
    }

    @Nested
    class Publication {

        @Test
        void publishesNothingPersonalWithoutConsent() {
            PublicPerson person = coordinator("1.0").publicPerson();

            assertThat(person).isEqualTo(new PublicPerson(null, null, null));
            assertThat(person.hasAnything()).isFalse();
        }

        @Test
        void publishesOnlyTheConsentedFields() {
            Coordinator coordinator = new Coordinator(CoordinatorId.random(), office(MITTELSACHSEN),
                    details("1.0", Set.of(), new PublicationConsent(true, false, true)), false);

            assertThat(coordinator.publicPerson())
                    .isEqualTo(new PublicPerson("Erika Test", null, "erika.test@example.org"));
        }

        @Test
        void publishesAPhoneOnlyWhenThereIsOne() {
            CoordinatorDetails details = new CoordinatorDetails("Erika Test", BigDecimal.ONE, START, null, null, null,
                    " ", null, PublicationConsent.ALL, Set.of(), null);
            Coordinator coordinator = new Coordinator(CoordinatorId.random(), office(MITTELSACHSEN), details, false);

            assertThat(coordinator.publicPerson()).isEqualTo(new PublicPerson("Erika Test", null, null));
        }
    }
}
