package de.integrationsnetz.audit.trail;

import de.integrationsnetz.audit.AuditHistory;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Reads a property's earlier values from the changes the recorder wrote, newest entry first. */
@Component
@Transactional(readOnly = true)
class TrailHistory implements AuditHistory {

    private static final String VALUES = "select c.value ->> 'newValue' as after_value, c.value ->> 'oldValue' as before_value "
            + "from audit.audit_entries e cross join lateral jsonb_array_elements(e.changes) c "
            + "where e.entity_type = :type and e.entity_id = :id and c.value ->> 'field' = :property "
            + "order by e.id desc";

    private final JdbcClient jdbc;

    TrailHistory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<String> pastValues(Class<?> entityType, Object id, String property) {
        if (AuditValues.isRedacted(entityType, property)) {
            return List.of();
        }
        Set<String> values = new LinkedHashSet<>();
        jdbc.sql(VALUES)
                .param("type", AuditRecorder.typeName(entityType))
                .param("id", String.valueOf(id))
                .param("property", property)
                .query((row, number) -> {
                    addIfPresent(values, row.getString("after_value"));
                    addIfPresent(values, row.getString("before_value"));
                    return number;
                })
                .list();
        return new ArrayList<>(values);
    }

    private static void addIfPresent(Set<String> values, String value) {
        if (value != null) {
            values.add(value);
        }
    }
}
