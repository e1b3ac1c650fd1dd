package de.integrationsnetz.directory.benchmark;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntFunction;

/**
 * A closed-loop load driver: {@code threads} platform threads send requests one after another (HTTP/1.1 keep-alive,
 * gzip accepted, bodies read to the end), first for the warm-up, then for the measurement, which ends after
 * {@code duration} or {@code maxRequests}. Latencies are kept per thread in {@code long[]} and merged at the end.
 */
final class LoadDriver {

    /** What one scenario measured. */
    record Result(String scenario, long requests, double seconds, long errors, long p50Micros, long p95Micros,
            long p99Micros, long maxMicros, long medianBytes, long serverCpuMicros, long clientCpuMicros) {

        double throughput() {
            return requests / seconds;
        }

        /** CPU time the server process spent per request (all its threads, GC included): the cost without queueing. */
        double serverCpuMillisPerRequest() {
            return requests == 0 ? 0 : serverCpuMicros / 1000.0 / requests;
        }

        /** CPU time the load driver spent per request: what the client takes from the shared cores. */
        double clientCpuMillisPerRequest() {
            return requests == 0 ? 0 : clientCpuMicros / 1000.0 / requests;
        }
    }

    /** Numbers the requests of all phases and runs, so that a scenario's measurement continues after its warm-up. */
    private final AtomicLong tickets = new AtomicLong();
    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final int threads;
    private final Duration warmUp;
    private final Duration duration;
    private final long maxRequests;

    LoadDriver(int threads, Duration warmUp, Duration duration, long maxRequests) {
        this.threads = threads;
        this.warmUp = warmUp;
        this.duration = duration;
        this.maxRequests = maxRequests;
    }

    /**
     * @param server the server's process, whose CPU time is read before and after the measurement
     */
    Result run(String scenario, ProcessHandle server, IntFunction<URI> uris) throws InterruptedException {
        phase(uris, warmUp, Long.MAX_VALUE, null);
        List<long[]> latencies = new ArrayList<>();
        List<long[]> sizes = new ArrayList<>();
        AtomicLong errors = new AtomicLong();
        long serverCpuBefore = cpuMicros(server);
        long clientCpuBefore = cpuMicros(ProcessHandle.current());
        long started = System.nanoTime();
        long requests = phase(uris, duration, maxRequests, new Sink(latencies, sizes, errors));
        double seconds = (System.nanoTime() - started) / 1e9;
        long serverCpu = cpuMicros(server) - serverCpuBefore;
        long clientCpu = cpuMicros(ProcessHandle.current()) - clientCpuBefore;
        long[] all = merge(latencies, requests);
        long[] bytes = merge(sizes, requests);
        Arrays.sort(all);
        Arrays.sort(bytes);
        return new Result(scenario, all.length, seconds, errors.get(), percentile(all, 50) / 1000,
                percentile(all, 95) / 1000, percentile(all, 99) / 1000,
                all.length == 0 ? 0 : all[all.length - 1] / 1000, percentile(bytes, 50), serverCpu, clientCpu);
    }

    private static long cpuMicros(ProcessHandle process) {
        return process.info().totalCpuDuration().map(d -> d.toNanos() / 1000).orElse(0L);
    }

    private record Sink(List<long[]> latencies, List<long[]> sizes, AtomicLong errors) {}

    private long phase(IntFunction<URI> uris, Duration length, long limit, Sink sink) throws InterruptedException {
        AtomicBoolean stop = new AtomicBoolean();
        AtomicLong issued = new AtomicLong();
        long deadline = System.nanoTime() + length.toNanos();
        List<Thread> workers = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            long[] latency = new long[(int) Math.min(limit, 2_000_000)];
            long[] size = new long[latency.length];
            Thread worker = new Thread(() -> {
                int count = 0;
                while (!stop.get() && System.nanoTime() < deadline) {
                    if (issued.getAndIncrement() >= limit) {
                        break;
                    }
                    URI uri = uris.apply((int) (tickets.getAndIncrement() % Integer.MAX_VALUE));
                    long begin = System.nanoTime();
                    long bytes = -1;
                    try {
                        HttpResponse<InputStream> response = client.send(HttpRequest.newBuilder(uri)
                                .header("Accept-Encoding", "gzip").GET().build(),
                                HttpResponse.BodyHandlers.ofInputStream());
                        try (InputStream body = response.body()) {
                            bytes = body.transferTo(java.io.OutputStream.nullOutputStream());
                        }
                        if (response.statusCode() != 200) {
                            bytes = -1;
                        }
                    } catch (IOException e) {
                        bytes = -1;
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return;
                    }
                    if (sink != null && count < latency.length) {
                        latency[count] = System.nanoTime() - begin;
                        size[count] = Math.max(bytes, 0);
                        count++;
                        if (bytes < 0) {
                            sink.errors().incrementAndGet();
                        }
                    }
                }
                if (sink != null) {
                    synchronized (sink) {
                        sink.latencies().add(Arrays.copyOf(latency, count));
                        sink.sizes().add(Arrays.copyOf(size, count));
                    }
                }
            }, "load-" + t);
            workers.add(worker);
            worker.start();
        }
        for (Thread worker : workers) {
            worker.join();
        }
        stop.set(true);
        return Math.min(issued.get(), limit);
    }

    private static long[] merge(List<long[]> parts, long hint) {
        long[] merged = new long[parts.stream().mapToInt(p -> p.length).sum()];
        int at = 0;
        for (long[] part : parts) {
            System.arraycopy(part, 0, merged, at, part.length);
            at += part.length;
        }
        return merged;
    }

    static long percentile(long[] sorted, int percent) {
        if (sorted.length == 0) {
            return 0;
        }
        int index = (int) Math.ceil(percent / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }
}
