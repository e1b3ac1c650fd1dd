package de.integrationsnetz.directory.location;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.integrationsnetz.directory.Address;
import de.integrationsnetz.directory.CoordinateSource;
import de.integrationsnetz.directory.Coordinates;
import de.integrationsnetz.directory.LocationId;
import de.integrationsnetz.directory.OrganisationId;
import de.integrationsnetz.directory.common.DirectoryRuleViolation;
import de.integrationsnetz.shared.DistrictKey;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class LocationTests {

    static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");
    static final DistrictKey DISTRICT = DistrictKey.of("14522");

    static LocationDetails physical(String street) {
        return new LocationDetails(LocationType.PHYSICAL, "Beratungsstelle", null,
                new Address(street, null, "09648", "Mittweida"), null, null, "Bus 1", "Rampe am Eingang", true);
    }

    static Location location(LocationDetails details) {
        return new Location(LocationId.random(), OrganisationId.random(), DISTRICT, details, NOW, false);
    }

    @Test
    void aPhysicalLocationNeedsStreetPostalCodeAndCity() {
        assertThatThrownBy(() -> location(physical(" ")))
                .isInstanceOfSatisfying(DirectoryRuleViolation.class,
                        violation -> assertThat(violation.field()).isEqualTo("street"));
        assertThat(location(physical("Rochlitzer Straße 8")).address().city()).isEqualTo("Mittweida");
    }

    @Test
    void aPostalLocationNeedsPostalCodeAndCityButNoStreet() {
        Location postal = location(new LocationDetails(LocationType.POSTAL, "Postfach", null,
                new Address(null, "Postfach 12 34", "09599", "Freiberg"), null, null, null, null, false));

        assertThat(postal.type()).isEqualTo(LocationType.POSTAL);
        assertThatThrownBy(() -> location(new LocationDetails(LocationType.POSTAL, "Postfach", null,
                new Address(null, null, null, "Freiberg"), null, null, null, null, false)))
                .isInstanceOfSatisfying(DirectoryRuleViolation.class,
                        violation -> assertThat(violation.field()).isEqualTo("postalCode"));
    }

    @Test
    void aVirtualLocationNeedsAWebAddressAndHasNoCoordinates() {
        assertThatThrownBy(() -> location(new LocationDetails(LocationType.VIRTUAL, "Online", null, Address.NONE, null,
                null, null, null, false)))
                .isInstanceOfSatisfying(DirectoryRuleViolation.class,
                        violation -> assertThat(violation.field()).isEqualTo("url"));
        Location online = location(new LocationDetails(LocationType.VIRTUAL, "Online", null, Address.NONE, null,
                "https://example.org/sprechstunde", null, null, false));

        assertThatThrownBy(() -> online.placeAt(new Coordinates(50.9, 13.3), CoordinateSource.MAP))
                .isInstanceOf(DirectoryRuleViolation.class);
        assertThat(online.coordinates()).isEmpty();
    }

    @Test
    void becomingVirtualDropsTheCoordinates() {
        Location location = location(physical("Rochlitzer Straße 8"));
        location.placeAt(new Coordinates(50.98, 12.97), CoordinateSource.POSTAL_CODE);

        location.change(new LocationDetails(LocationType.VIRTUAL, "Online", null, Address.NONE, null,
                "https://example.org", null, null, false), NOW.plusSeconds(1));

        assertThat(location.coordinates()).isEmpty();
        assertThat(location.coordinateSource()).isNull();
    }

    @Test
    void rejectsAWebAddressWithoutHttp() {
        assertThatThrownBy(() -> location(new LocationDetails(LocationType.VIRTUAL, "Online", null, Address.NONE, null,
                "example.org", null, null, false)))
                .isInstanceOfSatisfying(DirectoryRuleViolation.class,
                        violation -> assertThat(violation.messageKey()).isEqualTo("directory.validation.url"));
    }

    @Test
    void belongsToTheDistrictOfItsOrganisation() {
        assertThat(location(physical("Rochlitzer Straße 8")).owningDistrict()).isEqualTo(DISTRICT);
    }
}
