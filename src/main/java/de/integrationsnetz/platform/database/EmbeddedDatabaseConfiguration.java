package de.integrationsnetz.platform.database;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/**
 * Starts a real PostgreSQL server inside the application's data directory when no external database is configured,
 * so that {@code ./mvnw spring-boot:run} needs no set-up. Setting {@code SPRING_DATASOURCE_URL} switches this off and
 * Spring Boot's own data source takes over.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(NoExternalDatabaseCondition.class)
class EmbeddedDatabaseConfiguration {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabaseConfiguration.class);

    @Bean(destroyMethod = "close")
    EmbeddedPostgresServer embeddedPostgres(EmbeddedDatabaseProperties properties) throws IOException {
        return EmbeddedPostgresServer.start(properties);
    }

    @Bean
    DataSource dataSource(EmbeddedPostgresServer server) {
        HikariDataSource dataSource = new HikariDataSource();
        dataSource.setJdbcUrl(server.jdbcUrl());
        dataSource.setUsername("postgres");
        dataSource.setPoolName("embedded-postgres");
        dataSource.setMaximumPoolSize(10);
        return dataSource;
    }

    /** The running embedded server; closing it stops the server and, if ephemeral, removes its data. */
    static final class EmbeddedPostgresServer implements AutoCloseable {

        private final EmbeddedPostgres postgres;
        private final Path directory;
        private final boolean ephemeral;

        private EmbeddedPostgresServer(EmbeddedPostgres postgres, Path directory, boolean ephemeral) {
            this.postgres = postgres;
            this.directory = directory;
            this.ephemeral = ephemeral;
        }

        static EmbeddedPostgresServer start(EmbeddedDatabaseProperties properties) throws IOException {
            Path directory = properties.ephemeral()
                    ? Files.createTempDirectory("integrationsnetz-pg-")
                    : properties.directory().toAbsolutePath();
            Files.createDirectories(directory);
            OrphanedServerRecovery.stopOrphanedServer(directory);
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    .setDataDirectory(directory)
                    .setCleanDataDirectory(false)
                    // Same sorting and lower() on every machine, whatever its OS locale.
                    .setLocaleConfig("locale-provider", "builtin")
                    .setLocaleConfig("builtin-locale", "C.UTF-8")
                    .setLocaleConfig("encoding", "UTF8")
                    .setServerConfig("listen_addresses", "127.0.0.1")
                    // Spring closes the server as a bean after everything that uses it; the library's own JVM
                    // shutdown hook would stop it earlier, while the context still closes, and make shutdown hang.
                    .setRegisterShutdownHook(false);
            if (properties.port() > 0) {
                builder.setPort(properties.port());
            }
            long started = System.nanoTime();
            EmbeddedPostgres postgres = builder.start();
            log.info("Embedded PostgreSQL started on port {} with data in {} ({} ms)", postgres.getPort(), directory,
                    (System.nanoTime() - started) / 1_000_000);
            return new EmbeddedPostgresServer(postgres, directory, properties.ephemeral());
        }

        String jdbcUrl() {
            return postgres.getJdbcUrl("postgres", "postgres");
        }

        int port() {
            return postgres.getPort();
        }

        @Override
        public void close() throws IOException {
            postgres.close();
            if (ephemeral) {
                org.springframework.util.FileSystemUtils.deleteRecursively(directory);
            }
        }
    }
}
