package de.integrationsnetz.identity.web;

import de.integrationsnetz.geography.DistrictSummary;
import de.integrationsnetz.geography.GeographyQueries;
import de.integrationsnetz.geography.MunicipalitySummary;
import de.integrationsnetz.shared.DistrictKey;
import de.integrationsnetz.shared.MunicipalityKey;
import java.util.List;
import org.springframework.stereotype.Component;

/** The municipalities a municipality account can be limited to, and display names for keys, from geography. */
@Component
class MunicipalityChoices {

    private final GeographyQueries geography;

    MunicipalityChoices(GeographyQueries geography) {
        this.geography = geography;
    }

    List<MunicipalityChoice> of(DistrictKey district) {
        return geography.municipalitiesOf(district).stream()
                .map(municipality -> new MunicipalityChoice(municipality.key().value(), municipality.name()))
                .toList();
    }

    /** The municipality's name for display, or its key when the name is not known. */
    String nameOf(MunicipalityKey key) {
        return geography.municipality(key).map(MunicipalitySummary::name).orElse(key.value());
    }

    /** The district's name for display, or its key when the name is not known. */
    String districtName(DistrictKey key) {
        return geography.district(key).map(DistrictSummary::name).orElse(key.value());
    }

    /** Whether the key names an existing municipality of the district. */
    boolean isIn(String key, DistrictKey district) {
        return MunicipalityKey.isValid(key) && MunicipalityKey.of(key).district().equals(district)
                && geography.municipality(MunicipalityKey.of(key)).isPresent();
    }
}
