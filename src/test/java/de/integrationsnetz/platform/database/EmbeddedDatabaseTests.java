package de.integrationsnetz.platform.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The zero-set-up database: a real PostgreSQL in a directory of the app that outlives restarts and crashes. */
class EmbeddedDatabaseTests {

    @TempDir
    Path directory;

    @Test
    void keepsItsDataAcrossARestart() throws Exception {
        try (var server = start()) {
            execute(server, "create table notes (text text)", "insert into notes values ('still here')");
        }
        try (var server = start()) {
            assertThat(query(server, "select text from notes")).isEqualTo("still here");
        }
    }

    @Test
    void startsAgainAfterTheJvmWasKilledWhileTheDatabaseRan() throws Exception {
        Process holder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
                System.getProperty("java.class.path"), DatabaseHolderMain.class.getName(), directory.toString())
                .redirectErrorStream(true)
                .start();
        try (BufferedReader output = new BufferedReader(new InputStreamReader(holder.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            do {
                line = output.readLine();
            } while (line != null && !line.contains("READY"));
            assertThat(line).as("the holder JVM started its database").isNotNull();
        }
        holder.destroyForcibly();
        assertThat(holder.waitFor(30, TimeUnit.SECONDS)).isTrue();
        long orphan = Long.parseLong(Files.readAllLines(directory.resolve("postmaster.pid")).get(0).trim());
        assertThat(ProcessHandle.of(orphan)).as("the server outlived its JVM").hasValueSatisfying(p -> assertThat(p.isAlive()).isTrue());

        try (var server = start()) {
            assertThat(query(server, "select name from survivors")).isEqualTo("written before kill -9");
        }
        assertThat(ProcessHandle.of(orphan).map(ProcessHandle::isAlive)).isNotEqualTo(java.util.Optional.of(true));
    }

    @Test
    void refusesADirectoryThatAnotherRunningInstanceUses() throws Exception {
        try (var server = start()) {
            assertThatThrownBy(this::start).isInstanceOf(IllegalStateException.class).hasMessageContaining("in use");
        }
    }

    private EmbeddedDatabaseConfiguration.EmbeddedPostgresServer start() throws Exception {
        return EmbeddedDatabaseConfiguration.EmbeddedPostgresServer.start(new EmbeddedDatabaseProperties(directory, false, 0));
    }

    private static void execute(EmbeddedDatabaseConfiguration.EmbeddedPostgresServer server, String... statements)
            throws Exception {
        try (Connection connection = DriverManager.getConnection(server.jdbcUrl(), "postgres", "");
                Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        }
    }

    private static String query(EmbeddedDatabaseConfiguration.EmbeddedPostgresServer server, String sql) throws Exception {
        try (Connection connection = DriverManager.getConnection(server.jdbcUrl(), "postgres", "");
                Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery(sql)) {
            result.next();
            return result.getString(1);
        }
    }
}
