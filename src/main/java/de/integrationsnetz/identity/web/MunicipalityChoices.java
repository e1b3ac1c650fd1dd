package de.integrationsnetz.identity.web;

import de.integrationsnetz.geography.GeographyQueries;
import de.integrationsnetz.geography.MunicipalitySummary;
import de.integrationsnetz.shared.DistrictKey;
import de.integrationsnetz.shared.MunicipalityKey;
import java.util.List;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * The municipalities a municipality account can be limited to, from the geography module. While no geography
 * implementation is present (e.g. in a slimmed-down test set-up) the list is empty and the forms ask for the
 * 8-digit municipality key instead.
 */
@Component
class MunicipalityChoices {

    private final ObjectProvider<GeographyQueries> geography;

    MunicipalityChoices(ObjectProvider<GeographyQueries> geography) {
        this.geography = geography;
    }

    List<MunicipalityChoice> of(DistrictKey district) {
        GeographyQueries queries = geography.getIfAvailable();
        if (queries == null) {
            return List.of();
        }
        return queries.municipalitiesOf(district).stream()
                .map(municipality -> new MunicipalityChoice(municipality.key().value(), municipality.name()))
                .toList();
    }

    /** The municipality's name for display, or its key when the name is not known. */
    String nameOf(MunicipalityKey key) {
        GeographyQueries queries = geography.getIfAvailable();
        return Optional.ofNullable(queries)
                .flatMap(found -> found.municipality(key))
                .map(MunicipalitySummary::name)
                .orElse(key.value());
    }

    /** The district's name for display, or its key when the name is not known. */
    String districtName(DistrictKey key) {
        GeographyQueries queries = geography.getIfAvailable();
        return Optional.ofNullable(queries)
                .flatMap(found -> found.district(key))
                .map(de.integrationsnetz.geography.DistrictSummary::name)
                .orElse(key.value());
    }

    /** Whether the key names a municipality of the district (checked against the reference data when present). */
    boolean isIn(String key, DistrictKey district) {
        if (!MunicipalityKey.isValid(key) || !MunicipalityKey.of(key).district().equals(district)) {
            return false;
        }
        GeographyQueries queries = geography.getIfAvailable();
        return queries == null || queries.municipality(MunicipalityKey.of(key)).isPresent();
    }
}
