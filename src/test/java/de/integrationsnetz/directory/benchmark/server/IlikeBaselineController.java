package de.integrationsnetz.directory.benchmark.server;

import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.servlet.function.RouterFunction;
import org.springframework.web.servlet.function.RouterFunctions;
import org.springframework.web.servlet.function.ServerRequest;
import org.springframework.web.servlet.function.ServerResponse;

/**
 * The baseline the search engine is measured against: what a directory without a search engine does, a substring
 * match over name and description in PostgreSQL, sorted by name, first 20 plus the total. A functional route, not an
 * annotated controller, so that component scanning in the test suite never registers it.
 */
final class IlikeBaselineController {

    private final JdbcClient jdbc;

    IlikeBaselineController(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    RouterFunction<ServerResponse> routes() {
        return RouterFunctions.route().GET("/bench/ilike", this::search).build();
    }

    private ServerResponse search(ServerRequest request) {
        String q = request.param("q").orElse("");
        String pattern = "%" + q.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
        String where = " from directory.offers where status = 'PUBLISHED' and (name ilike :p or description ilike :p)";
        List<Map<String, Object>> hits = jdbc.sql("select id, name, provider_name" + where + " order by name limit 20")
                .param("p", pattern).query().listOfRows();
        long total = jdbc.sql("select count(*)" + where).param("p", pattern).query(Long.class).single();
        return ServerResponse.ok().body(Map.of("total", total, "offers", hits));
    }
}
