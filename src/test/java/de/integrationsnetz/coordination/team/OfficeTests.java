package de.integrationsnetz.coordination.team;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.integrationsnetz.coordination.OfficeId;
import de.integrationsnetz.shared.DistrictKey;
import org.junit.jupiter.api.Test;

class OfficeTests {

    static final DistrictKey MITTELSACHSEN = DistrictKey.of("14522");

    @Test
    void keepsItsPublicContact() {
        Office office = new Office(OfficeId.random(), MITTELSACHSEN, new OfficeDetails(" Freiberg ", "Am Rotvorwerk 3",
                "09599", "Freiberg", "", "integration@example.org", "Di 9–12 Uhr"), false);

        assertThat(office.contact().name()).isEqualTo("Freiberg");
        assertThat(office.contact().phone()).isNull();
        assertThat(office.contact().email()).isEqualTo("integration@example.org");
        assertThat(office.owningDistrict()).isEqualTo(MITTELSACHSEN);
    }

    @Test
    void needsAPhoneNumberOrAnEmailAddress() {
        assertThatThrownBy(() -> new Office(OfficeId.random(), MITTELSACHSEN,
                new OfficeDetails("Freiberg", "Am Rotvorwerk 3", "09599", "Freiberg", " ", null, null), false))
                .isInstanceOf(CoordinationRuleViolation.class)
                .extracting("messageKey").isEqualTo("coordination.office.contact.required");
    }

    @Test
    void rejectsAPostalCodeWithoutFiveDigits() {
        assertThatThrownBy(() -> new Office(OfficeId.random(), MITTELSACHSEN,
                new OfficeDetails("Freiberg", "Am Rotvorwerk 3", "9599", "Freiberg", "03731 555-101", null, null), false))
                .isInstanceOf(CoordinationRuleViolation.class)
                .extracting("field").isEqualTo("postalCode");
    }
}
