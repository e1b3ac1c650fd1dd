package de.integrationsnetz.directory.common;

import de.integrationsnetz.directory.Coordinates;
import de.integrationsnetz.geography.GeographyQueries;
import de.integrationsnetz.geography.MunicipalitySummary;
import de.integrationsnetz.geography.PostalCodeSummary;
import de.integrationsnetz.shared.MunicipalityKey;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Where a postal code lies, from the geography reference data: the coordinates of its place (the one whose name
 * matches the city, otherwise the first) and its Saxon municipalities.
 */
@Component
public class PostalCodePlaces {

    private final GeographyQueries geography;

    PostalCodePlaces(GeographyQueries geography) {
        this.geography = geography;
    }

    /** The place of a postal code; empty when the code is unknown. */
    public Optional<Place> find(@Nullable String postalCode, @Nullable String city) {
        if (postalCode == null || postalCode.isBlank()) {
            return Optional.empty();
        }
        return geography.postalCode(postalCode.strip()).flatMap(summary -> place(summary, city));
    }

    private static Optional<Place> place(PostalCodeSummary summary, @Nullable String city) {
        if (summary.places().isEmpty()) {
            return Optional.empty();
        }
        String wanted = Folding.name(city);
        PostalCodeSummary.Place chosen = summary.places().stream()
                .filter(place -> !wanted.isEmpty() && Folding.name(place.name()).equals(wanted))
                .findFirst()
                .or(() -> summary.places().stream()
                        .filter(place -> !wanted.isEmpty() && Folding.name(place.name()).startsWith(wanted))
                        .findFirst())
                .orElse(summary.places().get(0));
        List<MunicipalityKey> municipalities =
                summary.municipalities().stream().map(MunicipalitySummary::key).toList();
        return Optional.of(new Place(new Coordinates(chosen.latitude(), chosen.longitude()), municipalities));
    }

    /**
     * @param coordinates the centre of the postal code's place
     * @param municipalities the Saxon municipalities with this postal code (empty outside Saxony)
     */
    public record Place(Coordinates coordinates, List<MunicipalityKey> municipalities) {

        /** The municipality when the postal code belongs to exactly one. */
        public Optional<MunicipalityKey> onlyMunicipality() {
            return municipalities.size() == 1 ? Optional.of(municipalities.get(0)) : Optional.empty();
        }
    }
}
