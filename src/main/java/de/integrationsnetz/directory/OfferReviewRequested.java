package de.integrationsnetz.directory;

import de.integrationsnetz.shared.DistrictKey;

/**
 * An offer was submitted for review, or a provider proposed a change of a published offer: a coordinator of the district should look at it. Published after the change is committed; all fields are non-null.
 */
public record OfferReviewRequested(OfferId offer, DistrictKey district, OrganisationId organisation) {

    public OfferReviewRequested {
        if (offer == null || district == null || organisation == null) {
            throw new IllegalArgumentException("An offer event names the offer, its district and its organisation");
        }
    }
}
