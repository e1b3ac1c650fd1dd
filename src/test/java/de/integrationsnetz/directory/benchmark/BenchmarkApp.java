package de.integrationsnetz.directory.benchmark;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The application under benchmark in a JVM of its own: the main classpath plus only the benchmark server classes
 * (copied out of the test classes, so no other test configuration is scanned), its own embedded database and index
 * under {@code target/benchmark/<scale>/}, no demo data, on a free loopback port. {@link #start} returns when the
 * application reports readiness, i.e. after the data set was generated and the index rebuilt.
 */
final class BenchmarkApp implements AutoCloseable {

    static final String HEAP = "-Xms512m -Xmx1g";
    private static final String SERVER_PACKAGE = "de/integrationsnetz/directory/benchmark/server";

    private final Process process;
    private final int port;
    private final Path directory;

    private BenchmarkApp(Process process, int port, Path directory) {
        this.process = process;
        this.port = port;
        this.directory = directory;
    }

    static BenchmarkApp start(int offers, Path root, Path staticFiles) throws IOException, InterruptedException {
        Path directory = root.resolve(String.valueOf(offers));
        Files.createDirectories(directory);
        Path serverClasses = copyServerClasses(root.resolve("server-classes"));
        int port = freePort();
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(List.of(HEAP.split(" ")));
        // e.g. -Dbenchmark.serverJvmArgs="-XX:StartFlightRecording=filename=target/benchmark/server.jfr" to profile
        String extra = System.getProperty("benchmark.serverJvmArgs", "").strip();
        if (!extra.isEmpty()) {
            command.addAll(List.of(extra.split("\\s+")));
        }
        command.add("-cp");
        command.add(serverClasses + File.pathSeparator + mainClasspath());
        command.add("de.integrationsnetz.directory.benchmark.server.BenchmarkServer");
        command.add("--server.port=" + port);
        command.add("--server.address=127.0.0.1");
        command.add("--app.database.embedded.directory=" + directory.resolve("postgres").toAbsolutePath());
        command.add("--app.directory.search.root=" + directory.resolve("search").toAbsolutePath());
        command.add("--app.directory.search.rebuild-on-start=never");
        command.add("--app.demo.enabled=false");
        command.add("--app.directory.benchmark.enabled=true");
        command.add("--app.directory.benchmark.offers=" + offers);
        command.add("--app.directory.benchmark.report-file=" + directory.resolve("server-report.json").toAbsolutePath());
        command.add("--spring.web.resources.static-locations=classpath:/static/,file:" + staticFiles.toAbsolutePath()
                + "/");
        command.add("--logging.level.root=WARN");
        command.add("--logging.level.de.integrationsnetz.directory=INFO");
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(directory.resolve("server.log").toFile()).start();
        BenchmarkApp app = new BenchmarkApp(process, port, directory);
        app.awaitReady(Duration.ofMinutes(Long.getLong("benchmark.startTimeoutMinutes", 60)));
        return app;
    }

    ProcessHandle process() {
        return process.toHandle();
    }

    URI uri(String pathAndQuery) {
        return URI.create("http://127.0.0.1:" + port + pathAndQuery);
    }

    Path directory() {
        return directory;
    }

    private void awaitReady(Duration timeout) throws InterruptedException, IOException {
        HttpClient client = HttpClient.newHttpClient();
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("The benchmark server stopped; see " + directory.resolve("server.log"));
            }
            try {
                HttpResponse<String> response = client.send(HttpRequest.newBuilder(uri("/actuator/health/readiness"))
                        .timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200 && response.body().contains("UP")) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(1000);
        }
        close();
        throw new IllegalStateException("The benchmark server was not ready within " + timeout);
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(60, java.util.concurrent.TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
    }

    private static String mainClasspath() {
        return Stream.of(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(entry -> !entry.endsWith("test-classes") && !entry.endsWith("test-classes/"))
                .collect(Collectors.joining(File.pathSeparator));
    }

    private static Path copyServerClasses(Path target) throws IOException {
        Path source = Stream.of(System.getProperty("java.class.path").split(File.pathSeparator))
                .map(Path::of).map(p -> p.resolve(SERVER_PACKAGE)).filter(Files::isDirectory).findFirst()
                .orElseThrow(() -> new IllegalStateException("No compiled benchmark server classes on the classpath"));
        Path into = target.resolve(SERVER_PACKAGE);
        Files.createDirectories(into);
        try (Stream<Path> classes = Files.list(source)) {
            for (Path file : classes.toList()) {
                Files.copy(file, into.resolve(file.getFileName().toString()),
                        java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
        }
        return target;
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
