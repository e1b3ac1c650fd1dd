package de.integrationsnetz.platform.database;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the embedded PostgreSQL that runs when no external database is configured.
 *
 * @param directory where the server keeps its data across restarts
 * @param ephemeral start from an empty temporary directory that is deleted on shutdown (tests)
 * @param port TCP port on loopback; 0 picks a free one at each start
 */
@ConfigurationProperties("app.database.embedded")
public record EmbeddedDatabaseProperties(
        @DefaultValue("data/postgres") Path directory,
        @DefaultValue("false") boolean ephemeral,
        @DefaultValue("0") int port) {}
