package dev.curveball.bench;

import com.fasterxml.jackson.databind.JsonNode;
import dev.curveball.CurveballNode;
import dev.curveball.config.ConfigLoader;
import dev.curveball.protocol.Codec;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import io.vertx.core.http.WebSocketClient;
import io.vertx.core.http.WebSocketClientOptions;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Load generator for the notes: N pair rooms, both people typing at a steady rate into the shared notes, every
 * keystroke timed from the typist to the other person's socket. Prints one results row. See the README,
 * "Performance", for the command and the figures measured.
 *
 * <p>Arguments (all optional): {@code --url http://127.0.0.1:8080} (default: start a node in this JVM),
 * {@code --rooms 500}, {@code --rate 18} (keystrokes per second per person), {@code --warmup 10},
 * {@code --seconds 30}. {@code --rate 0} only joins and holds the connections: an idle-memory run.
 */
public final class NotesBenchmark {
    private NotesBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> flags = flags(args);
        int rooms = Integer.parseInt(flags.getOrDefault("--rooms", "500"));
        int rate = Integer.parseInt(flags.getOrDefault("--rate", "18"));
        int warmup = Integer.parseInt(flags.getOrDefault("--warmup", "10"));
        int seconds = Integer.parseInt(flags.getOrDefault("--seconds", "30"));
        CurveballNode embedded = null;
        URI target;
        if (flags.containsKey("--url")) {
            target = URI.create(flags.get("--url"));
        } else {
            embedded = CurveballNode.start(ConfigLoader.load(new String[] {"--host", "127.0.0.1", "--port", "0",
                    "--max-messages-per-second", "1000", "--message-burst", "1000"}, Map.of()))
                .toCompletionStage().toCompletableFuture().get(60, TimeUnit.SECONDS);
            target = URI.create("http://127.0.0.1:" + embedded.port());
        }
        Vertx vertx = Vertx.vertx(new VertxOptions().setEventLoopPoolSize(2));
        WebSocketClient ws = vertx.createWebSocketClient(new WebSocketClientOptions().setMaxConnections(4 * rooms));
        List<BenchClient> clients = new ArrayList<>();
        try {
            joinAll(vertx, ws, target, rooms, clients);
            if (rate > 0) {
                long period = Math.max(1, 1000 / rate);
                clients.forEach(c -> c.startTyping(vertx, period));
            }
            System.out.printf("%d clients joined %d rooms%n", clients.size(), rooms);
            Thread.sleep(warmup * 1000L); // a benchmark's warm-up is wall-clock time by definition
            long deliveredBefore = delivered(clients);
            clients.forEach(c -> c.measure(true));
            long start = System.nanoTime();
            Thread.sleep(seconds * 1000L);
            clients.forEach(c -> c.measure(false));
            double elapsed = (System.nanoTime() - start) / 1e9;
            long deliveredDuring = delivered(clients) - deliveredBefore;
            clients.forEach(c -> c.stopTyping(vertx));
            boolean quiet = awaitQuiet(clients, 30);
            report(rooms, rate, elapsed, deliveredDuring, clients, quiet);
        } finally {
            clients.forEach(BenchClient::close);
            vertx.close().toCompletionStage().toCompletableFuture().get(30, TimeUnit.SECONDS);
            if (embedded != null) {
                embedded.stop().toCompletionStage().toCompletableFuture().get(30, TimeUnit.SECONDS);
            }
        }
    }

    private static void joinAll(Vertx vertx, WebSocketClient ws, URI target, int rooms, List<BenchClient> clients)
        throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        List<Future<Void>> joins = new ArrayList<>();
        for (int r = 0; r < rooms; r++) {
            HttpResponse<String> created = http.send(HttpRequest.newBuilder(target.resolve("/api/rooms"))
                .POST(HttpRequest.BodyPublishers.ofString("{}")).build(), HttpResponse.BodyHandlers.ofString());
            JsonNode room = Codec.mapper().readTree(created.body());
            String id = room.path("room").asText();
            for (String link : List.of("host", "invite")) {
                String url = room.at("/links/" + link).asText();
                BenchClient client = new BenchClient((link.equals("host") ? "a" : "b") + r);
                clients.add(client);
                joins.add(client.join(vertx, ws, target.getHost(), target.getPort(), id,
                    url.substring(url.indexOf("#t=") + 3)));
            }
        }
        Future.all(joins).toCompletionStage().toCompletableFuture().get(120, TimeUnit.SECONDS);
    }

    private static long delivered(List<BenchClient> clients) {
        return clients.stream().mapToLong(c -> c.delivered.get()).sum();
    }

    private static boolean awaitQuiet(List<BenchClient> clients, int seconds) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (System.nanoTime() < deadline) {
            if (clients.stream().allMatch(BenchClient::synced)
                && clients.stream().mapToLong(c -> c.typed.get()).sum() == delivered(clients)) {
                return true;
            }
            Thread.sleep(100); // polling the end of a load run, not synchronising a test
        }
        return false;
    }

    private static void report(int rooms, int rate, double elapsed, long delivered, List<BenchClient> clients,
                               boolean quiet) {
        Latencies all = new Latencies();
        clients.forEach(c -> all.addAll(c.latencies));
        long typed = clients.stream().mapToLong(c -> c.typed.get()).sum();
        long errors = clients.stream().mapToLong(c -> c.errors.get()).sum();
        System.out.printf("| rooms | clients | target keystrokes/s | delivered ops/s | p50 ms | p99 ms | max ms | lost | errors |%n");
        System.out.printf("| %d | %d | %d | %.0f | %.1f | %.1f | %.1f | %d | %d |%n", rooms, clients.size(),
            rooms * 2 * rate, delivered / elapsed, all.percentileMillis(0.50), all.percentileMillis(0.99),
            all.percentileMillis(1.0), typed - delivered(clients), errors);
        if (!quiet) {
            System.out.println("WARNING: the clients did not converge within 30 s after typing stopped");
        }
    }

    private static Map<String, String> flags(String[] args) {
        Map<String, String> flags = new java.util.HashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            flags.put(args[i], args[i + 1]);
        }
        return flags;
    }
}
