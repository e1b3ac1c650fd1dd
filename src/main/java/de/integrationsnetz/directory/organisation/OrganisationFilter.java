package de.integrationsnetz.directory.organisation;

import de.integrationsnetz.shared.MunicipalityKey;
import org.jspecify.annotations.Nullable;

/**
 * The organisation list's filters; every part is optional.
 *
 * @param text part of the name (folded like the name: case, umlauts and punctuation do not matter), the city, or an
 *     exact id
 * @param municipality organisations with their seat in, or serving, this municipality
 */
public record OrganisationFilter(@Nullable String text, @Nullable OrganisationType type,
        @Nullable MunicipalityKey municipality, @Nullable OrganisationStatus status) {

    public static final OrganisationFilter NONE = new OrganisationFilter(null, null, null, null);
}
