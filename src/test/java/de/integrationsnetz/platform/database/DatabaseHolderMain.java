package de.integrationsnetz.platform.database;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;

/**
 * Started as a separate JVM by {@link EmbeddedDatabaseTests}: starts the embedded server in the given directory,
 * writes a row, prints READY and waits to be killed with SIGKILL, leaving its server behind as an orphan.
 */
public final class DatabaseHolderMain {

    private DatabaseHolderMain() {}

    public static void main(String[] args) throws Exception {
        var server = EmbeddedDatabaseConfiguration.EmbeddedPostgresServer.start(
                new EmbeddedDatabaseProperties(Path.of(args[0]), false, 0));
        try (Connection connection = DriverManager.getConnection(server.jdbcUrl(), "postgres", "");
                Statement statement = connection.createStatement()) {
            statement.execute("create table if not exists survivors (name text)");
            statement.execute("insert into survivors values ('written before kill -9')");
        }
        System.out.println("READY");
        System.out.flush();
        Thread.sleep(Long.MAX_VALUE);
    }
}
