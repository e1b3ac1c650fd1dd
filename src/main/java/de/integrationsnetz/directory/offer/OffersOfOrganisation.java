package de.integrationsnetz.directory.offer;

import de.integrationsnetz.directory.OrganisationId;
import de.integrationsnetz.directory.organisation.OrganisationDependents;
import org.springframework.stereotype.Component;

/** An organisation's offers (in any status) keep it from being deleted. */
@Component
class OffersOfOrganisation implements OrganisationDependents {

    private final OfferRepository offers;

    OffersOfOrganisation(OfferRepository offers) {
        this.offers = offers;
    }

    @Override
    public String messageKey() {
        return "directory.organisation.delete.blocker.offers";
    }

    @Override
    public long countFor(OrganisationId organisation) {
        return offers.countByOrganisationId(organisation.value());
    }
}
