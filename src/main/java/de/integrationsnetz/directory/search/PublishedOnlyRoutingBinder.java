package de.integrationsnetz.directory.search;

import de.integrationsnetz.directory.offer.Offer;
import de.integrationsnetz.directory.offer.OfferStatus;
import org.hibernate.search.mapper.pojo.bridge.RoutingBridge;
import org.hibernate.search.mapper.pojo.bridge.binding.RoutingBindingContext;
import org.hibernate.search.mapper.pojo.bridge.mapping.programmatic.RoutingBinder;
import org.hibernate.search.mapper.pojo.bridge.runtime.RoutingBridgeRouteContext;
import org.hibernate.search.mapper.pojo.route.DocumentRoutes;

/**
 * Only published offers have a document: a draft, an offer in review or an archived one is not indexed, and an offer
 * that leaves PUBLISHED is removed (its previous route is always the index). Every routing decision also tells
 * {@link IndexChanges} that the index is about to change, which keeps the facet cache honest.
 */
class PublishedOnlyRoutingBinder implements RoutingBinder {

    @Override
    public void bind(RoutingBindingContext context) {
        context.dependencies().use("status");
        context.bridge(Offer.class, new Bridge());
    }

    private static final class Bridge implements RoutingBridge<Offer> {

        @Override
        public void route(DocumentRoutes routes, Object entityIdentifier, Offer offer,
                RoutingBridgeRouteContext context) {
            IndexChanges.changing();
            if (offer.status() == OfferStatus.PUBLISHED) {
                routes.addRoute();
            } else {
                routes.notIndexed();
            }
        }

        @Override
        public void previousRoutes(DocumentRoutes routes, Object entityIdentifier, Offer offer,
                RoutingBridgeRouteContext context) {
            // The offer may have been published before this change: make sure an old document is deleted.
            routes.addRoute();
        }
    }
}
