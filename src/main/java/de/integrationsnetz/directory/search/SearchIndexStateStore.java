package de.integrationsnetz.directory.search;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The row of {@code directory.search_index_state}: the last rebuild that finished against this database. */
@Component
class SearchIndexStateStore {

    private final JdbcClient jdbc;

    SearchIndexStateStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<LastRebuild> lastRebuild() {
        return jdbc.sql("select epoch, rebuilt_at, documents, duration_ms, reason from directory.search_index_state "
                        + "where id = 1")
                .query((rs, row) -> new LastRebuild(rs.getObject("epoch", UUID.class),
                        rs.getTimestamp("rebuilt_at").toInstant(), rs.getLong("documents"),
                        Duration.ofMillis(rs.getLong("duration_ms")), RebuildReason.valueOf(rs.getString("reason"))))
                .optional();
    }

    void record(LastRebuild rebuild) {
        jdbc.sql("""
                        insert into directory.search_index_state (id, epoch, rebuilt_at, documents, duration_ms, reason)
                        values (1, :epoch, :at, :documents, :duration, :reason)
                        on conflict (id) do update set epoch = excluded.epoch, rebuilt_at = excluded.rebuilt_at,
                            documents = excluded.documents, duration_ms = excluded.duration_ms, reason = excluded.reason
                        """)
                .param("epoch", rebuild.epoch())
                .param("at", Timestamp.from(rebuild.at()))
                .param("documents", rebuild.documents())
                .param("duration", rebuild.duration().toMillis())
                .param("reason", rebuild.reason().name())
                .update();
    }
}
