package de.integrationsnetz.directory.web;

import de.integrationsnetz.geography.GeographyQueries;
import de.integrationsnetz.geography.MunicipalitySummary;
import de.integrationsnetz.shared.MunicipalityKey;
import org.jspecify.annotations.Nullable;

/** Looks up municipality names for the templates; an unknown key shows as the key itself. */
public record MunicipalityNames(GeographyQueries geography) {

    public String of(@Nullable MunicipalityKey key) {
        if (key == null) {
            return "";
        }
        return geography.municipality(key).map(MunicipalitySummary::name).orElse(key.value());
    }

    /** The name without its suffixes ({@code Freiberg} for {@code Freiberg, Stadt, Universitätsstadt}). */
    public String shortName(@Nullable MunicipalityKey key) {
        if (key == null) {
            return "";
        }
        return geography.municipality(key).map(MunicipalitySummary::shortName).orElse(key.value());
    }
}
