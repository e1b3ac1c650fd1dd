package de.integrationsnetz.directory.search;

import de.integrationsnetz.directory.offer.Offer;
import org.hibernate.search.mapper.orm.mapping.HibernateOrmMappingConfigurationContext;
import org.hibernate.search.mapper.orm.mapping.HibernateOrmSearchMappingConfigurer;
import org.hibernate.search.mapper.pojo.mapping.definition.programmatic.TypeMappingStep;

/**
 * Maps {@link Offer} onto the index {@code offers} without a single annotation in the entity (docs/directory.md §4.2):
 * only published offers are indexed ({@link PublishedOnlyRoutingBinder}); every field is written by
 * {@link OfferDocumentBinder}, which reads the offer through its public methods and declares the entity fields it
 * depends on by name, so that Hibernate Search re-indexes an offer whenever one of them changes.
 */
public class OfferIndexMapping implements HibernateOrmSearchMappingConfigurer {

    @Override
    public void configure(HibernateOrmMappingConfigurationContext context) {
        TypeMappingStep offer = context.programmaticMapping().type(Offer.class);
        offer.indexed().index(OfferFields.INDEX).routingBinder(new PublishedOnlyRoutingBinder());
        offer.binder(new OfferDocumentBinder());
    }
}
