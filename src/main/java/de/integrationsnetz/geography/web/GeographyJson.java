package de.integrationsnetz.geography.web;

import de.integrationsnetz.geography.DistrictSummary;
import de.integrationsnetz.geography.MunicipalitySummary;
import de.integrationsnetz.geography.PostalCodeSummary;
import java.util.List;

/** The JSON shapes of the geography API: plain strings for keys, densities in inhabitants per km². */
final class GeographyJson {

    private GeographyJson() {}

    record District(String ars, String name, String shortName, String type, String seat, long population,
            double areaKm2, double populationPerKm2, int municipalityCount) {

        static District of(DistrictSummary d) {
            return new District(d.key().value(), d.name(), d.shortName(), d.type(), d.seat(), d.population(),
                    d.areaKm2(), Density.of(d.population(), d.areaKm2()), d.municipalityCount());
        }
    }

    record Municipality(String ags, String name, String shortName, String type, String districtArs,
            String districtName, long population, double areaKm2, double populationPerKm2, Point centre,
            List<String> postalCodes) {

        static Municipality of(MunicipalitySummary m) {
            return new Municipality(m.key().value(), m.name(), m.shortName(), m.type(), m.district().value(),
                    m.districtName(), m.population(), m.areaKm2(), Density.of(m.population(), m.areaKm2()),
                    new Point(m.latitude(), m.longitude()), m.postalCodes());
        }
    }

    record Point(double latitude, double longitude) {}

    record Place(String name, String stateCode, String districtArs, double latitude, double longitude) {

        static Place of(PostalCodeSummary.Place p) {
            return new Place(p.name(), p.stateCode(), p.district().value(), p.latitude(), p.longitude());
        }
    }

    record PostalCode(String plz, List<Place> places, List<Municipality> municipalities) {

        static PostalCode of(PostalCodeSummary p) {
            return new PostalCode(p.code(), p.places().stream().map(Place::of).toList(),
                    p.municipalities().stream().map(Municipality::of).toList());
        }
    }
}
