package de.integrationsnetz.audit.trail;

import de.integrationsnetz.identity.CurrentUser;
import de.integrationsnetz.shared.DistrictKey;
import de.integrationsnetz.shared.DistrictScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import org.hibernate.HibernateException;
import org.hibernate.collection.spi.PersistentCollection;
import org.hibernate.engine.spi.SharedSessionContractImplementor;
import org.hibernate.event.spi.PostCollectionUpdateEvent;
import org.hibernate.event.spi.PostCollectionUpdateEventListener;
import org.hibernate.event.spi.PostDeleteEvent;
import org.hibernate.event.spi.PostDeleteEventListener;
import org.hibernate.event.spi.PostInsertEvent;
import org.hibernate.event.spi.PostInsertEventListener;
import org.hibernate.event.spi.PostUpdateEvent;
import org.hibernate.event.spi.PostUpdateEventListener;
import org.hibernate.persister.entity.EntityPersister;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes one trail entry for every insert, update and delete Hibernate performs, on the same connection and in the
 * same transaction as the change itself: a change without its entry cannot be committed, and an entry of a change
 * that is rolled back disappears with it.
 */
class AuditRecorder implements PostInsertEventListener, PostUpdateEventListener, PostDeleteEventListener,
        PostCollectionUpdateEventListener {

    private static final String INSERT = "insert into audit.audit_entries "
            + "(actor, actor_id, action, entity_type, entity_id, district_key, changes) values (?, ?, ?, ?, ?, ?, ?::jsonb)";
    private static final String VERSION_PROPERTY = "version";

    private final JsonMapper json = JsonMapper.builder().build();

    @Override
    public void onPostInsert(PostInsertEvent event) {
        List<AuditChange> changes = new ArrayList<>();
        String[] names = event.getPersister().getPropertyNames();
        Object[] state = event.getState();
        for (int i = 0; i < names.length; i++) {
            if (state[i] != null && !VERSION_PROPERTY.equals(names[i])) {
                changes.add(change(event.getEntity().getClass(), names[i], null, state[i]));
            }
        }
        write(event.getSession(), "CREATE", event.getPersister(), event.getId(), event.getEntity(), changes);
    }

    @Override
    public void onPostUpdate(PostUpdateEvent event) {
        String[] names = event.getPersister().getPropertyNames();
        Object[] oldState = event.getOldState();
        Object[] newState = event.getState();
        List<AuditChange> changes = new ArrayList<>();
        for (int i = 0; i < names.length; i++) {
            Object before = oldState == null ? null : oldState[i];
            if (VERSION_PROPERTY.equals(names[i]) || newState[i] instanceof Collection<?>
                    || newState[i] instanceof PersistentCollection<?>) {
                continue;
            }
            if (!Objects.equals(AuditValues.render(before), AuditValues.render(newState[i]))) {
                changes.add(change(event.getEntity().getClass(), names[i], before, newState[i]));
            }
        }
        if (!changes.isEmpty()) {
            write(event.getSession(), "UPDATE", event.getPersister(), event.getId(), event.getEntity(), changes);
        }
    }

    @Override
    public void onPostDelete(PostDeleteEvent event) {
        List<AuditChange> changes = new ArrayList<>();
        String[] names = event.getPersister().getPropertyNames();
        Object[] state = event.getDeletedState();
        for (int i = 0; i < names.length; i++) {
            if (state != null && state[i] != null && !VERSION_PROPERTY.equals(names[i])) {
                changes.add(change(event.getEntity().getClass(), names[i], state[i], null));
            }
        }
        write(event.getSession(), "DELETE", event.getPersister(), event.getId(), event.getEntity(), changes);
    }

    /** Changes to element collections (roles of an account, municipalities of a coordinator) count as updates. */
    @Override
    public void onPostUpdateCollection(PostCollectionUpdateEvent event) {
        Object owner = event.getAffectedOwnerOrNull();
        if (owner == null) {
            return;
        }
        String role = event.getCollectionPersister().getRole();
        String property = role.substring(role.lastIndexOf('.') + 1);
        Object before = event.getCollection().getStoredSnapshot();
        if (before instanceof java.util.Map<?, ?> snapshot) {
            before = snapshot.values();
        }
        AuditChange change = change(owner.getClass(), property, before, event.getCollection());
        if (!Objects.equals(change.oldValue(), change.newValue())) {
            EntityPersister persister = event.getSession().getEntityPersister(event.getAffectedOwnerEntityName(), owner);
            write(event.getSession(), "UPDATE", persister, event.getAffectedOwnerIdOrNull(), owner, List.of(change));
        }
    }

    @Override
    public boolean requiresPostCommitHandling(EntityPersister persister) {
        return false;
    }

    private static AuditChange change(Class<?> entityType, String property, @Nullable Object before,
            @Nullable Object after) {
        if (AuditValues.isRedacted(entityType, property)) {
            return new AuditChange(property, before == null ? null : AuditValues.REDACTED,
                    after == null ? null : AuditValues.REDACTED);
        }
        return new AuditChange(property, AuditValues.render(before), AuditValues.render(after));
    }

    private void write(SharedSessionContractImplementor session, String action, EntityPersister persister,
            @Nullable Object id, Object entity, List<AuditChange> changes) {
        Connection connection = session.getJdbcCoordinator().getLogicalConnection().getPhysicalConnection();
        try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
            Actor actor = Actor.current();
            insert.setString(1, actor.name());
            if (actor.id() == null) {
                insert.setNull(2, Types.OTHER);
            } else {
                insert.setObject(2, actor.id());
            }
            insert.setString(3, action);
            insert.setString(4, typeName(persister.getMappedClass()));
            insert.setString(5, String.valueOf(id));
            DistrictKey district = entity instanceof DistrictScoped scoped ? scoped.owningDistrict() : null;
            insert.setString(6, district == null ? null : district.value());
            insert.setString(7, json.writeValueAsString(changes));
            insert.executeUpdate();
        } catch (SQLException e) {
            throw new HibernateException("Could not write the audit trail entry; the change is rolled back", e);
        }
    }

    /** "identity.Account" for de.integrationsnetz.identity.account.Account: module and class. */
    static String typeName(Class<?> type) {
        String[] packages = type.getPackageName().split("\\.");
        String module = packages.length > 2 ? packages[2] : type.getPackageName();
        return module + "." + type.getSimpleName();
    }

    private record Actor(String name, java.util.@Nullable UUID id) {
        static Actor current() {
            Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
            if (authentication == null || !authentication.isAuthenticated()) {
                return new Actor("system", null);
            }
            if (authentication.getPrincipal() instanceof CurrentUser user) {
                return new Actor(user.email(), user.id().value());
            }
            return new Actor(authentication.getName(), null);
        }
    }
}
