package de.integrationsnetz.audit.trail;

import de.integrationsnetz.shared.AuditRedacted;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.time.temporal.TemporalAccessor;
import java.util.Collection;
import java.util.Map;
import java.util.StringJoiner;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;

/** Turns persistent values into the short, readable text kept in the trail, and hides redacted fields. */
final class AuditValues {

    static final String REDACTED = "***";

    private static final Map<String, Boolean> REDACTED_FIELDS = new ConcurrentHashMap<>();

    private AuditValues() {}

    static boolean isRedacted(Class<?> entityType, String property) {
        return REDACTED_FIELDS.computeIfAbsent(entityType.getName() + "#" + property,
                key -> findField(entityType, property) != null
                        && findField(entityType, property).isAnnotationPresent(AuditRedacted.class));
    }

    static @Nullable String render(@Nullable Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof CharSequence || value instanceof Number || value instanceof Boolean
                || value instanceof Enum<?> || value instanceof java.util.UUID || value instanceof TemporalAccessor
                || value instanceof Record) {
            return value.toString();
        }
        if (value instanceof Collection<?> collection) {
            return collection.stream().map(AuditValues::render).sorted().toList().toString();
        }
        if (value instanceof Map<?, ?> map) {
            return map.toString();
        }
        Class<?> type = value.getClass();
        if (type.isAnnotationPresent(Entity.class)) {
            return type.getSimpleName() + "#" + idOf(value);
        }
        if (type.isAnnotationPresent(Embeddable.class)) {
            return fieldsOf(value);
        }
        return value.toString();
    }

    private static String fieldsOf(Object value) {
        StringJoiner joined = new StringJoiner(", ", "{", "}");
        for (Field field : value.getClass().getDeclaredFields()) {
            if (Modifier.isStatic(field.getModifiers())) {
                continue;
            }
            Object fieldValue = read(field, value);
            if (fieldValue != null) {
                joined.add(field.getName() + "=" + (field.isAnnotationPresent(AuditRedacted.class) ? REDACTED
                        : render(fieldValue)));
            }
        }
        return joined.toString();
    }

    private static @Nullable Object idOf(Object entity) {
        for (Class<?> type = entity.getClass(); type != null; type = type.getSuperclass()) {
            for (Field field : type.getDeclaredFields()) {
                if (field.isAnnotationPresent(Id.class)) {
                    return read(field, entity);
                }
            }
        }
        return null;
    }

    private static @Nullable Object read(Field field, Object target) {
        try {
            field.setAccessible(true);
            return field.get(target);
        } catch (ReflectiveOperationException | RuntimeException e) {
            return null;
        }
    }

    private static @Nullable Field findField(Class<?> type, String name) {
        for (Class<?> current = type; current != null; current = current.getSuperclass()) {
            try {
                return current.getDeclaredField(name);
            } catch (NoSuchFieldException e) {
                // look further up the hierarchy
            }
        }
        return null;
    }
}
