package de.integrationsnetz.identity.web;

import de.integrationsnetz.identity.MunicipalityDirectory;
import de.integrationsnetz.shared.DistrictKey;
import de.integrationsnetz.shared.MunicipalityKey;
import java.util.List;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * The municipalities a municipality account can be limited to, and names for keys, from the optional
 * {@link MunicipalityDirectory}. Without one, the list is empty (the form asks for the 8-digit key) and names fall
 * back to the keys.
 */
@Component
class MunicipalityChoices {

    private final ObjectProvider<MunicipalityDirectory> directory;

    MunicipalityChoices(ObjectProvider<MunicipalityDirectory> directory) {
        this.directory = directory;
    }

    List<MunicipalityChoice> of(DistrictKey district) {
        return Optional.ofNullable(directory.getIfAvailable())
                .map(found -> found.municipalitiesOf(district).stream()
                        .map(municipality -> new MunicipalityChoice(municipality.key().value(), municipality.name()))
                        .toList())
                .orElse(List.of());
    }

    /** The municipality's name for display, or its key when the name is not known. */
    String nameOf(MunicipalityKey key) {
        return Optional.ofNullable(directory.getIfAvailable())
                .flatMap(found -> found.municipalityName(key))
                .orElse(key.value());
    }

    /** The district's name for display, or its key when the name is not known. */
    String districtName(DistrictKey key) {
        return Optional.ofNullable(directory.getIfAvailable())
                .flatMap(found -> found.districtName(key))
                .orElse(key.value());
    }

    /** Whether the key names a municipality of the district (checked against the directory when there is one). */
    boolean isIn(String key, DistrictKey district) {
        if (!MunicipalityKey.isValid(key) || !MunicipalityKey.of(key).district().equals(district)) {
            return false;
        }
        MunicipalityDirectory found = directory.getIfAvailable();
        return found == null || found.municipalityName(MunicipalityKey.of(key)).isPresent();
    }
}
