package de.integrationsnetz.coordination.team;

import de.integrationsnetz.geography.DistrictSummary;
import de.integrationsnetz.geography.GeographyQueries;
import de.integrationsnetz.geography.MunicipalitySummary;
import de.integrationsnetz.geography.PostalCodeSummary;
import de.integrationsnetz.shared.DistrictKey;
import de.integrationsnetz.shared.MunicipalityKey;
import java.util.List;
import java.util.Optional;

/** A tiny in-memory geography for unit tests: a few municipalities with made-up coordinates. */
class FakeGeography implements GeographyQueries {

    private final List<MunicipalitySummary> municipalities;

    FakeGeography(List<MunicipalitySummary> municipalities) {
        this.municipalities = municipalities;
    }

    static MunicipalitySummary municipality(String ags, String name, long population, double latitude,
            double longitude) {
        MunicipalityKey key = MunicipalityKey.of(ags);
        return new MunicipalitySummary(key, name, name, "Gemeinde", key.district(), "Testkreis", population, 10.0,
                latitude, longitude, List.of("09599"));
    }

    @Override
    public List<DistrictSummary> districts() {
        return municipalities.stream().map(MunicipalitySummary::district).distinct()
                .map(key -> new DistrictSummary(key, "Kreis " + key, "Kreis " + key, "Landkreis", "Sitz", 0, 0, 0))
                .toList();
    }

    @Override
    public Optional<DistrictSummary> district(DistrictKey key) {
        return districts().stream().filter(d -> d.key().equals(key)).findFirst();
    }

    @Override
    public List<MunicipalitySummary> municipalitiesOf(DistrictKey key) {
        return municipalities.stream().filter(m -> m.district().equals(key)).toList();
    }

    @Override
    public Optional<MunicipalitySummary> municipality(MunicipalityKey key) {
        return municipalities.stream().filter(m -> m.key().equals(key)).findFirst();
    }

    @Override
    public List<MunicipalitySummary> findMunicipalities(String nameOrPostalCode, int limit) {
        return municipalities.stream().filter(m -> m.name().contains(nameOrPostalCode)).limit(limit).toList();
    }

    @Override
    public Optional<PostalCodeSummary> postalCode(String code) {
        return Optional.empty();
    }
}
