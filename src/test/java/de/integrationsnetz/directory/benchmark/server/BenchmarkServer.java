package de.integrationsnetz.directory.benchmark.server;

import de.integrationsnetz.Application;
import org.springframework.boot.SpringApplication;

/**
 * The application under benchmark, started by the runner in a JVM of its own (so that the load driver's and the
 * server's garbage collection do not mix). It is the real application plus {@link BenchmarkConfiguration}, which only
 * exists with {@code app.directory.benchmark.enabled=true}.
 */
public final class BenchmarkServer {

    private BenchmarkServer() {}

    public static void main(String[] args) {
        SpringApplication.run(new Class<?>[] {Application.class, BenchmarkConfiguration.class}, args);
    }
}
