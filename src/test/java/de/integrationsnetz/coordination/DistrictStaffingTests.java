package de.integrationsnetz.coordination;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.integrationsnetz.shared.DistrictKey;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class DistrictStaffingTests {

    static DistrictStaffing withHeadCount(int headCount) {
        return new DistrictStaffing(DistrictKey.of("14522"), headCount, BigDecimal.valueOf(headCount), 40, 52,
                200_000, 300_000);
    }

    @Test
    void theProgrammeFundsAtMostTenCoordinatorsPerDistrict() {
        assertThat(DistrictStaffing.CAP).isEqualTo(10);
    }

    @Test
    void warnsAboveTheCap() {
        assertThat(withHeadCount(11).exceedsCap()).isTrue();
        assertThat(withHeadCount(11).atCap()).isFalse();
    }

    @Test
    void doesNotWarnAtOrBelowTheCap() {
        assertThat(withHeadCount(10).exceedsCap()).isFalse();
        assertThat(withHeadCount(10).atCap()).isTrue();
        assertThat(withHeadCount(8).exceedsCap()).isFalse();
        assertThat(withHeadCount(8).atCap()).isFalse();
    }

    @Test
    void countsUncoveredMunicipalities() {
        assertThat(withHeadCount(8).municipalitiesUncovered()).isEqualTo(12);
    }

    @Test
    void rejectsMoreCoveredThanExistingMunicipalities() {
        assertThatThrownBy(() -> new DistrictStaffing(DistrictKey.of("14522"), 1, BigDecimal.ONE, 53, 52, 0, 0))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
