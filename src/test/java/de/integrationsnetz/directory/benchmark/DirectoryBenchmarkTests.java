package de.integrationsnetz.directory.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The directory benchmark (docs/directory.md §8, docs/performance.md): for each scale, a synthetic data set in a
 * server JVM of its own, then the load scenarios one after another, the page weight of the start page, and the
 * results written into docs/performance.md. Not part of {@code ./mvnw verify}; run it with
 * {@code ./mvnw -Pbenchmark test} (options: {@code -Dbenchmark.scales=2000,30000}, {@code -Dbenchmark.warmup=20},
 * {@code -Dbenchmark.duration=60} seconds, {@code -Dbenchmark.threads=16}, {@code -Dbenchmark.enforce=true} to fail
 * on a missed target, {@code -Dbenchmark.lighthouse=true} to add Lighthouse through scripts/lighthouse.sh).
 */
@Tag("benchmark")
class DirectoryBenchmarkTests {

    private static final Path ROOT = Path.of("target", "benchmark");

    @Test
    void searchStaysFastAtEveryScale() throws Exception {
        List<Integer> scales = Stream.of(System.getProperty("benchmark.scales", "30000").split(","))
                .map(String::strip).map(Integer::parseInt).toList();
        LoadDriver driver = new LoadDriver(Integer.getInteger("benchmark.threads", 16),
                Duration.ofSeconds(Long.getLong("benchmark.warmup", 20)),
                Duration.ofSeconds(Long.getLong("benchmark.duration", 60)), 300_000);
        QueryMix mix = QueryMix.generate(1000, 7);
        // Disjoint long tails for HTML and JSON (the warm-up's requests use the tail's first entries).
        QueryMix tail = QueryMix.distinct(400_000, 1_000);
        QueryMix htmlTail = new QueryMix(tail.queryStrings().subList(0, 200_000), tail.texts().subList(0, 200_000));
        QueryMix jsonTail = new QueryMix(tail.queryStrings().subList(200_000, 400_000),
                tail.texts().subList(200_000, 400_000));
        Path staticFiles = ROOT.resolve("static");
        Files.createDirectories(staticFiles);
        List<PerformanceReport.ScaleResult> results = new ArrayList<>();
        String loadBefore = PerformanceReport.loadAverage();
        for (int scale : scales) {
            try (BenchmarkApp app = BenchmarkApp.start(scale, ROOT, staticFiles)) {
                Map<String, Object> server = JsonMapper.builder().build().readValue(
                        app.directory().resolve("server-report.json").toFile(),
                        new TypeReference<Map<String, Object>>() {});
                Files.write(staticFiles.resolve("bench-static.html"), fetch(app.uri("/?" + mix.queryStrings().get(0))));
                List<LoadDriver.Result> scenarios = new ArrayList<>();
                scenarios.add(driver.run("static", app.process(), i -> app.uri("/bench-static.html")));
                scenarios.add(driver.run("search-html", app.process(),
                        i -> app.uri("/?" + mix.queryStrings().get(i % 1000))));
                scenarios.add(driver.run("search-json", app.process(),
                        i -> app.uri("/api/v1/offers?" + mix.queryStrings().get(i % 1000))));
                // The same searches, but never one asked before: what a search costs when no cache knows it.
                scenarios.add(driver.run("search-html-unique", app.process(),
                        i -> app.uri("/?" + htmlTail.queryStrings().get(i % htmlTail.queryStrings().size()))));
                scenarios.add(driver.run("search-json-unique", app.process(),
                        i -> app.uri("/api/v1/offers?" + jsonTail.queryStrings().get(i % jsonTail.queryStrings().size()))));
                scenarios.add(driver.run("ilike", app.process(), i -> app.uri("/bench/ilike?q="
                        + java.net.URLEncoder.encode(mix.texts().get(i % 1000), StandardCharsets.UTF_8))));
                long startPageBytes = startPageTransfer(app.uri("/"));
                List<String> lighthouse = Boolean.getBoolean("benchmark.lighthouse")
                        ? lighthouse(app.uri("/")) : List.of();
                results.add(new PerformanceReport.ScaleResult(scale, server, scenarios, startPageBytes, lighthouse));
            }
        }
        PerformanceReport report = new PerformanceReport(LocalDate.now(), BenchmarkApp.HEAP, loadBefore);
        Path written = report.write(Path.of("docs", "performance.md"), results, ROOT);
        System.out.println("Benchmark results written to " + written.toAbsolutePath());
        List<String> misses = results.stream().flatMap(r -> PerformanceReport.misses(r).stream()).toList();
        misses.forEach(miss -> System.out.println("Target missed: " + miss));
        if (Boolean.getBoolean("benchmark.enforce")) {
            assertThat(misses).as("benchmark targets").isEmpty();
        }
        assertThat(results).allSatisfy(r -> assertThat(r.scenarios()).allSatisfy(
                s -> assertThat(s.errors()).as("errors in " + s.scenario()).isZero()));
    }

    /** Runs scripts/lighthouse.sh (three runs, medians) and keeps its summary lines. */
    private static List<String> lighthouse(URI page) throws IOException, InterruptedException {
        Process process = new ProcessBuilder("bash", "scripts/lighthouse.sh", page.toString())
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        process.waitFor();
        return out.lines().filter(line -> line.startsWith("performance") || line.startsWith("accessibility")
                || line.startsWith("transferred")).toList();
    }

    private static byte[] fetch(URI uri) throws IOException, InterruptedException {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(uri).build(),
                HttpResponse.BodyHandlers.ofByteArray()).body();
    }

    /**
     * Bytes a browser with an empty cache transfers for the start page: the compressed HTML plus every stylesheet,
     * preloaded font and script it names (bodies as sent, gzip where the server compresses).
     */
    static long startPageTransfer(URI page) throws IOException, InterruptedException {
        HttpClient client = HttpClient.newHttpClient();
        byte[] html = fetch(page);
        long total = compressedSize(client, page);
        Document document = Jsoup.parse(new String(html, StandardCharsets.UTF_8), page.toString());
        Set<String> assets = new LinkedHashSet<>();
        for (Element link : document.select("link[rel=stylesheet], link[rel=preload], script[src]")) {
            String url = link.hasAttr("href") ? link.absUrl("href") : link.absUrl("src");
            if (!url.isEmpty()) {
                assets.add(url);
            }
        }
        for (String asset : assets) {
            total += compressedSize(client, URI.create(asset));
        }
        return total;
    }

    private static long compressedSize(HttpClient client, URI uri) throws IOException, InterruptedException {
        HttpResponse<InputStream> response = client.send(HttpRequest.newBuilder(uri)
                .header("Accept-Encoding", "gzip").build(), HttpResponse.BodyHandlers.ofInputStream());
        try (InputStream body = response.body()) {
            return body.transferTo(java.io.OutputStream.nullOutputStream());
        }
    }
}
