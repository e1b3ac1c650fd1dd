package de.integrationsnetz.directory;

import de.integrationsnetz.shared.DistrictKey;

/**
 * An offer became public (approved, published directly, or confirmed back after it was withdrawn as stale). Search indexes it; other modules may count it. Published after the change is committed; all fields are non-null.
 */
public record OfferPublished(OfferId offer, DistrictKey district, OrganisationId organisation) {

    public OfferPublished {
        if (offer == null || district == null || organisation == null) {
            throw new IllegalArgumentException("An offer event names the offer, its district and its organisation");
        }
    }
}
