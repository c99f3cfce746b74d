package dev.curveball.bench;

import dev.curveball.testing.CreatedRoom;
import dev.curveball.testing.ProcessNode;
import dev.curveball.testing.TestNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * What a restart costs with many rooms in the embedded database: lazy loading (the default) against
 * {@code --store-preload true}. Creates N rooms on a fresh node, stops it with SIGTERM (its last writes flushed), then
 * for each mode starts a node on a copy of that data directory and prints how long it took to be ready, and how long
 * opening every room took the first time (each room read from the database, or already in memory) and a second time.
 * A room is "opened" by checking its host link, the read a browser makes before it joins.
 *
 * <p>Arguments (all optional): {@code --rooms 10000}, {@code --parallel 16} (requests in flight),
 * {@code --heap 1g}.
 */
public final class RestartBenchmark {
    /** Daemon threads, so the benchmark's JVM ends with its main thread. */
    private static final HttpClient HTTP = HttpClient.newBuilder().executor(Executors.newFixedThreadPool(4, r -> {
        Thread thread = new Thread(r, "restart-benchmark-http");
        thread.setDaemon(true);
        return thread;
    })).build();

    private RestartBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> flags = BenchFlags.parse(args);
        int rooms = Integer.parseInt(flags.getOrDefault("--rooms", "10000"));
        int parallel = Integer.parseInt(flags.getOrDefault("--parallel", "16"));
        String heap = flags.getOrDefault("--heap", "1g");
        List<String> nodeFlags = List.of("--event-loops", "0", "--max-rooms", String.valueOf(rooms + 100));

        Path dataDir = Files.createTempDirectory("curveball-restart-");
        ProcessNode first = ProcessNode.launchDurable(TestNode.freePort(), dataDir, nodeFlags, heap).awaitReady();
        List<CreatedRoom> created = create(first, rooms, parallel);
        long stopping = System.nanoTime();
        first.terminate();
        System.out.printf("created %d rooms; SIGTERM to exit, flush included: %d ms; database file %d KB%n",
            rooms, millisSince(stopping), Files.size(dataDir.resolve("curveball.mv.db")) / 1024);

        System.out.println("| start | ready after ms | first open of every room, s | rooms/s | first open p50 ms"
            + " | p99 ms | second open p50 ms | p99 ms |");
        System.out.println("| --- | --- | --- | --- | --- | --- | --- | --- |");
        for (String preload : List.of("false", "true", "false", "true")) {
            Path copy = Files.createTempDirectory("curveball-restart-copy-");
            Files.copy(dataDir.resolve("curveball.mv.db"), copy.resolve("curveball.mv.db"));
            List<String> restartFlags = new ArrayList<>(nodeFlags);
            restartFlags.addAll(List.of("--store-preload", preload));
            long launched = System.nanoTime();
            ProcessNode node = ProcessNode.launchDurable(TestNode.freePort(), copy, restartFlags, heap).awaitReady();
            long readyMs = millisSince(launched);
            long opening = System.nanoTime();
            List<Double> firstOpen = open(node, created, parallel);
            long openAllMs = millisSince(opening);
            List<Double> secondOpen = open(node, created, parallel);
            node.terminate();
            System.out.printf("| %s | %d | %.1f | %.0f | %.1f | %.1f | %.1f | %.1f |%n",
                "true".equals(preload) ? "preload" : "lazy", readyMs, openAllMs / 1000.0,
                rooms * 1000.0 / openAllMs, percentile(firstOpen, 50), percentile(firstOpen, 99),
                percentile(secondOpen, 50), percentile(secondOpen, 99));
        }
    }

    private static List<CreatedRoom> create(ProcessNode node, int rooms, int parallel) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(parallel);
        List<CompletableFuture<CreatedRoom>> futures = new ArrayList<>();
        for (int i = 0; i < rooms; i++) {
            String body = "{\"title\":\"Restart " + i + "\",\"creatorSeat\":\"interviewer\",\"surprise\":true}";
            futures.add(CompletableFuture.supplyAsync(() -> node.createRoom(body), pool));
        }
        List<CreatedRoom> created = new ArrayList<>();
        for (CompletableFuture<CreatedRoom> future : futures) {
            created.add(future.get(5, TimeUnit.MINUTES));
        }
        pool.shutdown();
        return created;
    }

    /** Checks every room's host link, {@code parallel} at a time; answers each request's time in ms. */
    private static List<Double> open(ProcessNode node, List<CreatedRoom> rooms, int parallel) throws Exception {
        Semaphore inFlight = new Semaphore(parallel);
        List<Double> times = Collections.synchronizedList(new ArrayList<>());
        List<CompletableFuture<?>> futures = new ArrayList<>();
        for (CreatedRoom room : rooms) {
            inFlight.acquire();
            long sent = System.nanoTime();
            HttpRequest request = HttpRequest.newBuilder(
                    URI.create(node.baseUrl() + "/api/rooms/" + room.id() + "/links/check"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"token\":\"" + room.hostToken() + "\"}")).build();
            futures.add(HTTP.sendAsync(request, HttpResponse.BodyHandlers.discarding()).whenComplete((r, e) -> {
                inFlight.release();
                if (e != null || r.statusCode() != 200) {
                    throw new IllegalStateException("room " + room.id() + " did not open: "
                        + (e != null ? e : r.statusCode()));
                }
                times.add((System.nanoTime() - sent) / 1e6);
            }));
        }
        CompletableFuture.allOf(futures.toArray(CompletableFuture[]::new)).get(10, TimeUnit.MINUTES);
        return times;
    }

    private static double percentile(List<Double> values, int percent) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(percent / 100.0 * sorted.size()) - 1));
    }

    private static long millisSince(long nanos) {
        return (System.nanoTime() - nanos) / 1_000_000;
    }
}
