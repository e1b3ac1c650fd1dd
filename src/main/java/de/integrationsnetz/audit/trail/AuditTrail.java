package de.integrationsnetz.audit.trail;

import de.integrationsnetz.shared.DistrictKey;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Reads the trail of one district, newest first. There is deliberately no way to change or delete entries. */
@Service
@Transactional(readOnly = true)
public class AuditTrail {

    private static final Set<String> ACTIONS = Set.of("CREATE", "UPDATE", "DELETE");
    private static final ZoneId LOCAL_TIME = ZoneId.of("Europe/Berlin");

    private final JdbcClient jdbc;
    private final JsonMapper json = JsonMapper.builder().build();

    AuditTrail(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Page<AuditEntry> entries(DistrictKey district, AuditFilter filter, Pageable pageable) {
        StringBuilder where = new StringBuilder(" where district_key = :district");
        java.util.Map<String, Object> params = new java.util.HashMap<>();
        params.put("district", district.value());
        if (filter.text() != null && !filter.text().isBlank()) {
            where.append(" and (actor ilike :text or entity_id ilike :text)");
            params.put("text", "%" + filter.text().strip().replace("%", "\\%").replace("_", "\\_") + "%");
        }
        if (filter.type() != null && !filter.type().isBlank()) {
            where.append(" and entity_type = :type");
            params.put("type", filter.type());
        }
        if (filter.action() != null && ACTIONS.contains(filter.action())) {
            where.append(" and action = :action");
            params.put("action", filter.action());
        }
        if (filter.from() != null) {
            where.append(" and occurred_at >= :from");
            params.put("from", java.sql.Timestamp.from(filter.from().atStartOfDay(LOCAL_TIME).toInstant()));
        }
        if (filter.to() != null) {
            where.append(" and occurred_at < :to");
            params.put("to", java.sql.Timestamp.from(filter.to().plusDays(1).atStartOfDay(LOCAL_TIME).toInstant()));
        }
        long total = jdbc.sql("select count(*) from audit.audit_entries" + where).params(params).query(Long.class).single();
        List<AuditEntry> content = jdbc.sql("select id, occurred_at, actor, action, entity_type, entity_id, district_key, "
                        + "changes::text as changes from audit.audit_entries" + where
                        + " order by occurred_at desc, id desc limit :limit offset :offset")
                .params(params)
                .param("limit", pageable.getPageSize())
                .param("offset", pageable.getOffset())
                .query(this::entry)
                .list();
        return new PageImpl<>(new ArrayList<>(content), pageable, total);
    }

    /** The entity types that occur in the district's trail, for the filter. */
    public List<String> types(DistrictKey district) {
        return jdbc.sql("select distinct entity_type from audit.audit_entries where district_key = :district order by 1")
                .param("district", district.value())
                .query(String.class)
                .list();
    }

    private AuditEntry entry(ResultSet row, int number) throws SQLException {
        List<AuditChange> changes = json.readValue(row.getString("changes"), new TypeReference<List<AuditChange>>() {});
        return new AuditEntry(row.getLong("id"), row.getTimestamp("occurred_at").toInstant(), row.getString("actor"),
                row.getString("action"), row.getString("entity_type"), row.getString("entity_id"),
                row.getString("district_key"), changes);
    }
}
