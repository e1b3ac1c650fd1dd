package de.integrationsnetz.directory.offer;

import de.integrationsnetz.directory.OrganisationId;
import de.integrationsnetz.directory.organisation.OrganisationDependents;
import de.integrationsnetz.directory.organisation.OrganisationRenamed;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** An organisation's offers (in any status) keep it from being deleted and carry its current name. */
@Component
class OffersOfOrganisation implements OrganisationDependents {

    private final OfferRepository offers;

    OffersOfOrganisation(OfferRepository offers) {
        this.offers = offers;
    }

    /** Offers keep the provider's name for lists and the search index; a rename reaches them in the same commit. */
    @EventListener
    void on(OrganisationRenamed renamed) {
        offers.findByOrganisationIdOrderByNameKey(renamed.organisation().value())
                .forEach(offer -> offer.providerRenamed(renamed.name()));
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
