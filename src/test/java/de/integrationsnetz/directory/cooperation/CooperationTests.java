package de.integrationsnetz.directory.cooperation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.integrationsnetz.coordination.CoordinatorId;
import de.integrationsnetz.directory.CooperationId;
import de.integrationsnetz.directory.OrganisationId;
import de.integrationsnetz.directory.common.DirectoryRuleViolation;
import de.integrationsnetz.shared.DistrictKey;
import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/** The rules of a single cooperation, without a database. */
class CooperationTests {

    static final DistrictKey DISTRICT = DistrictKey.of("14522");
    static final OrganisationId MBE = OrganisationId.random();
    static final OrganisationId JOBCENTER = OrganisationId.random();
    static final CoordinatorId COORDINATOR = CoordinatorId.random();
    static final LocalDate MARCH = LocalDate.of(2026, 3, 1);

    static CooperationDetails details(CooperationType type, OrganisationId organisation,
            @Nullable OrganisationId partner, @Nullable CoordinatorId coordinator, LocalDate from,
            @Nullable LocalDate until) {
        return new CooperationDetails(type, organisation, partner, coordinator, from, until, "  ");
    }

    static Cooperation cooperation(CooperationDetails details) {
        return new Cooperation(CooperationId.random(), DISTRICT, details, Instant.now(), false);
    }

    static String violatedRule(CooperationDetails details) {
        try {
            cooperation(details);
        } catch (DirectoryRuleViolation violation) {
            return violation.field() + ": " + violation.messageKey();
        }
        return "none";
    }

    @Test
    void needsExactlyOnePartnerEitherAnOrganisationOrACoordinator() {
        assertThat(violatedRule(details(CooperationType.REFERRAL, MBE, null, null, MARCH, null)))
                .isEqualTo("partnerOrganisation: directory.validation.cooperation.partner-missing");
        assertThat(violatedRule(details(CooperationType.REFERRAL, MBE, JOBCENTER, COORDINATOR, MARCH, null)))
                .isEqualTo("partnerOrganisation: directory.validation.cooperation.two-partners");

        Cooperation withOrganisation = cooperation(details(CooperationType.REFERRAL, MBE, JOBCENTER, null, MARCH, null));
        Cooperation withCoordinator = cooperation(
                details(CooperationType.COORDINATOR_SUPPORT, MBE, null, COORDINATOR, MARCH, null));

        assertThat(withOrganisation.partnerOrganisation()).contains(JOBCENTER);
        assertThat(withOrganisation.coordinator()).isEmpty();
        assertThat(withCoordinator.coordinator()).contains(COORDINATOR);
        assertThat(withCoordinator.partnerOrganisation()).isEmpty();
        assertThat(withCoordinator.note()).as("a blank note is no note").isNull();
    }

    @Test
    void rejectsAnEndBeforeTheStartButAcceptsASingleDay() {
        assertThat(violatedRule(details(CooperationType.JOINT_OFFER, MBE, JOBCENTER, null, MARCH, MARCH.minusDays(1))))
                .isEqualTo("validUntil: directory.validation.cooperation.end-before-start");

        Cooperation oneDay = cooperation(details(CooperationType.JOINT_OFFER, MBE, JOBCENTER, null, MARCH, MARCH));

        assertThat(oneDay.isCurrentOn(MARCH)).isTrue();
        assertThat(oneDay.isCurrentOn(MARCH.plusDays(1))).isFalse();
        assertThat(oneDay.isCurrentOn(MARCH.minusDays(1))).isFalse();
    }

    @Test
    void rejectsAnOrganisationCooperatingWithItself() {
        assertThat(violatedRule(details(CooperationType.WORKING_GROUP, MBE, MBE, null, MARCH, null)))
                .isEqualTo("partnerOrganisation: directory.validation.cooperation.self");
    }

    @Test
    void keepsItsRulesWhenChanged() {
        Cooperation cooperation = cooperation(details(CooperationType.REFERRAL, MBE, JOBCENTER, null, MARCH, null));

        assertThatThrownBy(() -> cooperation.change(details(CooperationType.REFERRAL, MBE, MBE, null, MARCH, null),
                Instant.now())).isInstanceOf(DirectoryRuleViolation.class);
        assertThat(cooperation.partnerOrganisation()).contains(JOBCENTER);
    }

    @Test
    void treatsASymmetricCooperationAsTheSameRelationInBothDirections() {
        Cooperation membership = cooperation(
                details(CooperationType.NETWORK_MEMBERSHIP, MBE, JOBCENTER, null, MARCH, null));

        assertThat(CooperationType.NETWORK_MEMBERSHIP.isDirected()).isFalse();
        assertThat(membership.isSameRelationAs(
                details(CooperationType.NETWORK_MEMBERSHIP, JOBCENTER, MBE, null, MARCH, null))).isTrue();
        assertThat(membership.isSameRelationAs(
                details(CooperationType.WORKING_GROUP, JOBCENTER, MBE, null, MARCH, null))).isFalse();
    }

    @Test
    void treatsADirectedCooperationReversedAsAnotherRelation() {
        Cooperation referral = cooperation(details(CooperationType.REFERRAL, MBE, JOBCENTER, null, MARCH, null));

        assertThat(CooperationType.REFERRAL.isDirected()).isTrue();
        assertThat(CooperationType.FUNDING.isDirected()).isTrue();
        assertThat(CooperationType.UMBRELLA.isDirected()).isTrue();
        assertThat(referral.isDirected()).isTrue();
        assertThat(referral.isSameRelationAs(details(CooperationType.REFERRAL, MBE, JOBCENTER, null, MARCH, null)))
                .isTrue();
        assertThat(referral.isSameRelationAs(details(CooperationType.REFERRAL, JOBCENTER, MBE, null, MARCH, null)))
                .isFalse();
    }

    @Test
    void overlapsOnlyWhenThePeriodsShareADay() {
        Cooperation spring = cooperation(
                details(CooperationType.JOINT_OFFER, MBE, JOBCENTER, null, MARCH, MARCH.plusMonths(3)));
        Cooperation openEnded = cooperation(details(CooperationType.JOINT_OFFER, MBE, JOBCENTER, null, MARCH, null));

        assertThat(spring.overlaps(MARCH.plusMonths(3), null)).isTrue();
        assertThat(spring.overlaps(MARCH.plusMonths(3).plusDays(1), null)).isFalse();
        assertThat(spring.overlaps(MARCH.minusYears(1), MARCH.minusDays(1))).isFalse();
        assertThat(openEnded.overlaps(MARCH.plusYears(10), MARCH.plusYears(11))).isTrue();
    }
}
