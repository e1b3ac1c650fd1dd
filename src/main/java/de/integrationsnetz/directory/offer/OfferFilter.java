package de.integrationsnetz.directory.offer;

import de.integrationsnetz.directory.OrganisationId;
import de.integrationsnetz.shared.MunicipalityKey;
import org.jspecify.annotations.Nullable;

/**
 * The offer list's filters; every part is optional.
 *
 * @param text part of the name (folded: case, umlauts and punctuation do not matter) or an exact id
 * @param category code of an offer category; its sub-categories match too ({@code beratung} finds
 *     {@code beratung.mbe})
 * @param municipality offers with a site in, or serving, this municipality
 */
public record OfferFilter(@Nullable String text, @Nullable OfferStatus status, @Nullable String category,
        @Nullable OrganisationId organisation, @Nullable MunicipalityKey municipality) {

    public static final OfferFilter NONE = new OfferFilter(null, null, null, null, null);
}
