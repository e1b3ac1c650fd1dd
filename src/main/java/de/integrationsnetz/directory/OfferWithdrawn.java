package de.integrationsnetz.directory;

import de.integrationsnetz.shared.DistrictKey;

/**
 * A published offer is no longer public (archived by a person or withdrawn as stale by the freshness job). Published after the change is committed; all fields are non-null.
 */
public record OfferWithdrawn(OfferId offer, DistrictKey district, OrganisationId organisation) {

    public OfferWithdrawn {
        if (offer == null || district == null || organisation == null) {
            throw new IllegalArgumentException("An offer event names the offer, its district and its organisation");
        }
    }
}
