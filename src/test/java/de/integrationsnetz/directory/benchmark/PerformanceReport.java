package de.integrationsnetz.directory.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Writes the results of one benchmark run into {@code docs/performance.md}, each scale between
 * {@code <!-- benchmark:<scale>:begin -->} and {@code <!-- benchmark:<scale>:end -->} (a new scale is appended), and
 * the raw numbers to {@code target/benchmark/results-<timestamp>.csv}.
 */
final class PerformanceReport {

    /** The targets of docs/directory.md §8. */
    static final long SEARCH_P95_MICROS_30K = 25_000;
    static final long SEARCH_P95_MICROS_500K = 60_000;
    static final long START_PAGE_BYTES = 150 * 1024;
    /** The scenarios the search targets apply to (the 1,000-query mix); the long tails are reported alongside. */
    static final List<String> TARGETED = List.of("search-html", "search-json");

    record ScaleResult(int offers, Map<String, Object> server, List<LoadDriver.Result> scenarios,
            long startPageBytes, List<String> lighthouse) {

        LoadDriver.Result scenario(String name) {
            return scenarios.stream().filter(s -> s.scenario().equals(name)).findFirst().orElseThrow();
        }
    }

    private final LocalDate date;
    private final String heap;
    private final String loadBefore;

    PerformanceReport(LocalDate date, String heap, String loadBefore) {
        this.date = date;
        this.heap = heap;
        this.loadBefore = loadBefore;
    }

    /** The 1-minute load average (other processes competing for the cores make the numbers worse). */
    static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
        } catch (IOException e) {
            return "unknown";
        }
    }

    static List<String> misses(ScaleResult result) {
        List<String> misses = new ArrayList<>();
        long p95Target = p95Target(result.offers());
        for (String search : TARGETED) {
            LoadDriver.Result s = result.scenario(search);
            if (s.p95Micros() > p95Target) {
                misses.add(result.offers() + " offers, " + search + ": p95 " + s.p95Micros() / 1000.0 + " ms > "
                        + p95Target / 1000 + " ms");
            }
            if (s.throughput() < 0.4 * result.scenario("static").throughput()) {
                misses.add(result.offers() + " offers, " + search + ": throughput below 40 % of static");
            }
        }
        if (result.startPageBytes() > START_PAGE_BYTES) {
            misses.add("start page " + result.startPageBytes() + " bytes > " + START_PAGE_BYTES);
        }
        return misses;
    }

    private static long p95Target(int offers) {
        return offers > 100_000 ? SEARCH_P95_MICROS_500K : SEARCH_P95_MICROS_30K;
    }

    Path write(Path markdown, List<ScaleResult> results, Path rawDirectory) throws IOException {
        String text = Files.exists(markdown) ? Files.readString(markdown) : "# Performance\n";
        for (ScaleResult result : results) {
            String begin = "<!-- benchmark:" + result.offers() + ":begin -->";
            String end = "<!-- benchmark:" + result.offers() + ":end -->";
            String block = begin + "\n" + block(result) + end;
            int from = text.indexOf(begin);
            int to = text.indexOf(end);
            text = from >= 0 && to > from ? text.substring(0, from) + block + text.substring(to + end.length())
                    : text + "\n" + block + "\n";
        }
        Files.writeString(markdown, text);
        writeRaw(results, rawDirectory);
        return markdown;
    }

    private String block(ScaleResult result) {
        StringBuilder out = new StringBuilder();
        out.append("**").append(String.format(Locale.ROOT, "%,d", result.offers())).append(" offers** — ")
                .append(date).append(", commit `").append(commit()).append("`, ")
                .append(Runtime.getRuntime().availableProcessors()).append(" cores (").append(cpuModel())
                .append("), Java ").append(System.getProperty("java.version")).append(", server heap `")
                .append(heap).append("`, ").append(System.getProperty("benchmark.threads", "16"))
                .append(" client threads on the same machine, load average before the run ")
                .append(loadBefore).append(".\n\n");
        out.append("| scenario | requests | req/s | p50 ms | p95 ms | p99 ms | max ms | server CPU ms/req "
                + "| client CPU ms/req | median bytes (gzip) | errors | target | ok |\n"
                + "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|---|\n");
        double staticThroughput = result.scenario("static").throughput();
        for (LoadDriver.Result s : result.scenarios()) {
            String target = "";
            String ok = "";
            if (TARGETED.contains(s.scenario())) {
                long p95Target = p95Target(result.offers());
                target = "p95 ≤ " + p95Target / 1000 + " ms, ≥ 40 % of static";
                ok = s.p95Micros() <= p95Target && s.throughput() >= 0.4 * staticThroughput ? "yes" : "**no**";
            }
            out.append(String.format(Locale.ROOT,
                    "| %s | %d | %.0f | %.1f | %.1f | %.1f | %.1f | %.2f | %.2f | %d | %d | %s | %s |%n",
                    s.scenario(), s.requests(), s.throughput(), s.p50Micros() / 1000.0, s.p95Micros() / 1000.0,
                    s.p99Micros() / 1000.0, s.maxMicros() / 1000.0, s.serverCpuMillisPerRequest(),
                    s.clientCpuMillisPerRequest(), s.medianBytes(), s.errors(), target, ok));
        }
        Map<String, Object> server = result.server();
        out.append(String.format(Locale.ROOT, "%nData set: %s offers written in this run in %.1f s (through the "
                + "aggregates, index off); full index rebuild: %s documents in %.1f s. Start page `/` with its CSS, "
                + "fonts and scripts: %.1f KB transferred (target ≤ 150 KB: %s).%n",
                server.get("generated"), ((Number) server.get("generationMillis")).longValue() / 1000.0,
                server.get("indexedDocuments"), ((Number) server.get("rebuildMillis")).longValue() / 1000.0,
                result.startPageBytes() / 1024.0, result.startPageBytes() <= START_PAGE_BYTES ? "yes" : "**no**"));
        if (!result.lighthouse().isEmpty()) {
            out.append("\nLighthouse (mobile, 3 runs, `scripts/lighthouse.sh`): ")
                    .append(String.join("; ", result.lighthouse())).append(".\n");
        }
        return out.toString();
    }

    private void writeRaw(List<ScaleResult> results, Path directory) throws IOException {
        StringBuilder csv = new StringBuilder("offers,scenario,requests,seconds,p50_us,p95_us,p99_us,max_us,"
                + "median_bytes,errors,server_cpu_us,client_cpu_us\n");
        for (ScaleResult result : results) {
            for (LoadDriver.Result s : result.scenarios()) {
                csv.append(String.format(Locale.ROOT, "%d,%s,%d,%.3f,%d,%d,%d,%d,%d,%d,%d,%d%n", result.offers(),
                        s.scenario(), s.requests(), s.seconds(), s.p50Micros(), s.p95Micros(), s.p99Micros(),
                        s.maxMicros(), s.medianBytes(), s.errors(), s.serverCpuMicros(), s.clientCpuMicros()));
            }
        }
        Files.createDirectories(directory);
        Files.writeString(directory.resolve("results-"
                + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")) + ".csv"), csv);
    }

    private static String commit() {
        try {
            Process git = new ProcessBuilder("git", "rev-parse", "--short", "HEAD").redirectErrorStream(true).start();
            String out = new String(git.getInputStream().readAllBytes()).strip();
            return git.waitFor() == 0 ? out : "unknown";
        } catch (IOException | InterruptedException e) {
            return "unknown";
        }
    }

    private static String cpuModel() {
        try {
            return Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(l -> l.startsWith("model name"))
                    .findFirst().map(l -> l.substring(l.indexOf(':') + 1).strip()).orElse("unknown CPU");
        } catch (IOException e) {
            return "unknown CPU";
        }
    }
}
