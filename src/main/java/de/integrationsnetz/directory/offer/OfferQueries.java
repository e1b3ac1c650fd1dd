package de.integrationsnetz.directory.offer;

import de.integrationsnetz.directory.DirectoryQueries;
import de.integrationsnetz.directory.OfferSummary;
import de.integrationsnetz.directory.OrganisationId;
import de.integrationsnetz.shared.DistrictKey;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The directory's read API for other modules, answered from the offers table. */
@Service
@Transactional(readOnly = true)
class OfferQueries implements DirectoryQueries {

    private final OfferRepository offers;

    OfferQueries(OfferRepository offers) {
        this.offers = offers;
    }

    @Override
    public long countPublishedOffers(DistrictKey district) {
        return offers.countByDistrictKeyAndStatus(district.value(), OfferStatus.PUBLISHED);
    }

    @Override
    public List<OfferSummary> offersOf(OrganisationId organisation) {
        return offers.findByOrganisationIdOrderByNameKey(organisation.value()).stream()
                .map(offer -> new OfferSummary(offer.id(), offer.district(), offer.organisation(), offer.name(),
                        offer.status().name(), offer.status() == OfferStatus.PUBLISHED, offer.updatedAt()))
                .toList();
    }
}
