package de.integrationsnetz.audit.trail;

import jakarta.persistence.EntityManagerFactory;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.event.service.spi.EventListenerRegistry;
import org.hibernate.event.spi.EventType;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;

/** Hooks the audit recorder into Hibernate once the persistence unit is up, before any request or runner. */
@Component
class AuditListenerRegistration implements SmartInitializingSingleton {

    private final EntityManagerFactory entityManagerFactory;

    AuditListenerRegistration(EntityManagerFactory entityManagerFactory) {
        this.entityManagerFactory = entityManagerFactory;
    }

    @Override
    public void afterSingletonsInstantiated() {
        AuditRecorder recorder = new AuditRecorder();
        EventListenerRegistry registry =
                entityManagerFactory.unwrap(SessionFactoryImplementor.class).getEventListenerRegistry();
        registry.appendListeners(EventType.POST_INSERT, recorder);
        registry.appendListeners(EventType.POST_UPDATE, recorder);
        registry.appendListeners(EventType.POST_DELETE, recorder);
        registry.appendListeners(EventType.POST_COLLECTION_UPDATE, recorder);
    }
}
