package de.integrationsnetz.platform.database;

import static org.assertj.core.api.Assertions.assertThat;

import de.integrationsnetz.Application;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Setting SPRING_DATASOURCE_URL (+ user and password) is the only change needed to run on an external PostgreSQL. A
 * second PostgreSQL server, started here, plays the external one.
 */
class ExternalDatabaseTests {

    @TempDir
    Path workingDirectory;

    @Test
    void usesTheConfiguredExternalDatabaseAndStartsNoEmbeddedServer() throws Exception {
        try (EmbeddedPostgres external = EmbeddedPostgres.builder().start();
                // Command-line arguments, as in production: they override application.properties.
                ConfigurableApplicationContext app = new SpringApplicationBuilder(Application.class)
                        .run("--spring.datasource.url=" + external.getJdbcUrl("postgres", "postgres"),
                                "--spring.datasource.username=postgres", "--spring.datasource.password=",
                                "--server.port=0", "--app.demo.enabled=true",
                                "--app.database.embedded.directory=" + workingDirectory.resolve("must-not-exist"))) {
            assertThat(app.getBeanNamesForType(EmbeddedDatabaseConfiguration.EmbeddedPostgresServer.class)).isEmpty();
            assertThat(workingDirectory.resolve("must-not-exist")).doesNotExist();

            JdbcClient externalDatabase = JdbcClient.create(external.getPostgresDatabase());
            assertThat(externalDatabase.sql("select count(*) from identity.accounts").query(Long.class).single())
                    .as("Flyway migrated the external database and the demo accounts are in it")
                    .isPositive();
        }
    }
}
