package de.integrationsnetz.directory.offer;

import de.integrationsnetz.directory.LocationId;
import de.integrationsnetz.directory.location.LocationDependents;
import de.integrationsnetz.directory.location.LocationMoved;
import jakarta.persistence.EntityManager;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Keeps offers and their locations consistent: a moved location updates the site copies of every offer held there (in
 * the same transaction, so the search index sees the new place), and a location with offers cannot be deleted.
 */
@Component
class OfferSitesOfLocation implements LocationDependents {

    private final OfferManagement offers;
    private final EntityManager entityManager;

    OfferSitesOfLocation(OfferManagement offers, EntityManager entityManager) {
        this.offers = offers;
        this.entityManager = entityManager;
    }

    @EventListener
    void on(LocationMoved moved) {
        offers.refreshSitesOf(moved.location());
    }

    @Override
    public long countFor(LocationId location) {
        return entityManager.createQuery("select count(s) from OfferSite s where s.locationId = :location", Long.class)
                .setParameter("location", location.value())
                .getSingleResult();
    }
}
