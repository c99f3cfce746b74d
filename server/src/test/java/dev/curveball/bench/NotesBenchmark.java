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
 * <p>Arguments (all optional): {@code --url http://127.0.0.1:8080} (default: start a node in this JVM; a
 * comma-separated list of a cluster's nodes puts the two people of each room on different nodes),
 * {@code --rooms 500}, {@code --rate 18} (keystrokes per second per person), {@code --warmup 10},
 * {@code --seconds 30}. {@code --rate 0} only joins and holds the connections for {@code --seconds}: an idle-memory run.
 *
 * <p>{@code --saturate} finds the highest total rate the server carries within {@code --p99 100} milliseconds with
 * nothing lost: it doubles the rate from {@code --from 2000} keystrokes/s until a step fails, then bisects between
 * the last pass and the first failure until they are within 5 %, printing a row per step and the answer last.
 */
public final class NotesBenchmark {
    /** Steps of a saturation search above this total rate are not tried: more than the machine's two cores carry. */
    private static final int SATURATION_CEILING = 128_000;
    private static final double SATURATION_PRECISION = 0.05;

    private NotesBenchmark() {
    }

    /** One measured step: what was asked and what arrived. */
    record Row(int rooms, int clients, double targetRate, double deliveredRate, double p50, double p99, double max,
               long lost, long errors, boolean converged) {
        boolean passes(double p99Budget) {
            return lost == 0 && errors == 0 && converged && p99 <= p99Budget;
        }

        static String header() {
            return "| rooms | clients | target keystrokes/s | delivered ops/s | p50 ms | p99 ms | max ms | lost | errors |";
        }

        String line() {
            return String.format("| %d | %d | %.0f | %.0f | %.1f | %.1f | %.1f | %d | %d |%s", rooms, clients,
                targetRate, deliveredRate, p50, p99, max, lost, errors, converged ? "" : " (did not converge)");
        }
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> flags = BenchFlags.parse(args);
        int rooms = Integer.parseInt(flags.getOrDefault("--rooms", "500"));
        int rate = Integer.parseInt(flags.getOrDefault("--rate", "18"));
        int warmup = Integer.parseInt(flags.getOrDefault("--warmup", "10"));
        int seconds = Integer.parseInt(flags.getOrDefault("--seconds", "30"));
        CurveballNode embedded = null;
        List<URI> targets = new ArrayList<>();
        if (flags.containsKey("--url")) {
            for (String url : flags.get("--url").split(",")) {
                targets.add(URI.create(url));
            }
        } else {
            embedded = CurveballNode.start(ConfigLoader.load(new String[] {"--host", "127.0.0.1", "--port", "0",
                    "--max-messages-per-second", "1000", "--message-burst", "1000",
                    "--rooms-per-minute-per-address", "1000000", "--max-messages-per-second-per-address", "1000000",
                    "--message-burst-per-address", "1000000"}, Map.of()))
                .toCompletionStage().toCompletableFuture().get(60, TimeUnit.SECONDS);
            targets.add(URI.create("http://127.0.0.1:" + embedded.port()));
        }
        Vertx vertx = Vertx.vertx(new VertxOptions().setEventLoopPoolSize(2));
        WebSocketClient ws = vertx.createWebSocketClient(new WebSocketClientOptions().setMaxConnections(4 * rooms));
        List<BenchClient> clients = new ArrayList<>();
        try {
            joinAll(vertx, ws, targets, rooms, clients);
            System.out.printf("%d clients joined %d rooms%n", clients.size(), rooms);
            if (flags.containsKey("--saturate")) {
                saturate(vertx, clients, rooms, Integer.parseInt(flags.getOrDefault("--from", "2000")),
                    Double.parseDouble(flags.getOrDefault("--p99", "100")), warmup, seconds);
            } else if (rate > 0) {
                Row row = step(vertx, clients, rooms, 1000.0 / rate, warmup, seconds);
                System.out.println(Row.header());
                System.out.println(row.line());
            } else {
                Thread.sleep(seconds * 1000L); // an idle-memory run holds its connections open this long
            }
        } finally {
            clients.forEach(BenchClient::close);
            vertx.close().toCompletionStage().toCompletableFuture().get(30, TimeUnit.SECONDS);
            if (embedded != null) {
                embedded.stop().toCompletionStage().toCompletableFuture().get(30, TimeUnit.SECONDS);
            }
        }
    }

    /** Doubles, then bisects, the total rate; prints each step and the highest rate that passed. */
    private static void saturate(Vertx vertx, List<BenchClient> clients, int rooms, int from, double p99Budget,
                                 int warmup, int seconds) throws InterruptedException {
        System.out.println(Row.header());
        double pass = 0;
        double fail = 0;
        for (double total = from; total <= SATURATION_CEILING; total *= 2) {
            Row row = step(vertx, clients, rooms, periodFor(total, clients.size()), warmup, seconds);
            System.out.println(row.line());
            if (!row.passes(p99Budget)) {
                fail = total;
                break;
            }
            pass = total;
        }
        while (fail > 0 && pass > 0 && (fail - pass) / pass > SATURATION_PRECISION) {
            double middle = (pass + fail) / 2;
            Row row = step(vertx, clients, rooms, periodFor(middle, clients.size()), warmup, seconds);
            System.out.println(row.line());
            if (row.passes(p99Budget)) {
                pass = middle;
            } else {
                fail = middle;
            }
        }
        System.out.printf("highest passing rate: %.0f keystrokes/s (p99 <= %.0f ms, nothing lost)%s%n", pass,
            p99Budget, fail == 0 ? "; no step failed up to the ceiling" : "");
    }

    /** Each person types every this many milliseconds, for all of them together to type {@code total} per second. */
    private static double periodFor(double total, int people) {
        return 1000.0 * people / total;
    }

    /** Everyone types every {@code periodMs}; measures {@code seconds} after {@code warmup}; waits for quiet. */
    private static Row step(Vertx vertx, List<BenchClient> clients, int rooms, double periodMs, int warmup,
                            int seconds) throws InterruptedException {
        long period = Math.max(1, Math.round(periodMs));
        for (int i = 0; i < clients.size(); i++) {
            clients.get(i).startTyping(vertx, i * period / clients.size(), period);
        }
        Thread.sleep(warmup * 1000L); // a benchmark's warm-up is wall-clock time by definition
        clients.forEach(BenchClient::takeLatencies);
        long deliveredBefore = delivered(clients);
        clients.forEach(c -> c.measure(true));
        long start = System.nanoTime();
        Thread.sleep(seconds * 1000L);
        clients.forEach(c -> c.measure(false));
        double elapsed = (System.nanoTime() - start) / 1e9;
        long deliveredDuring = delivered(clients) - deliveredBefore;
        clients.forEach(c -> c.stopTyping(vertx));
        boolean quiet = awaitQuiet(clients, 30);
        Latencies all = new Latencies();
        clients.forEach(c -> all.addAll(c.takeLatencies()));
        long typed = clients.stream().mapToLong(c -> c.typed.get()).sum();
        long errors = clients.stream().mapToLong(c -> c.errors.get()).sum();
        return new Row(rooms, clients.size(), clients.size() * 1000.0 / period, deliveredDuring / elapsed,
            all.percentileMillis(0.50), all.percentileMillis(0.99), all.percentileMillis(1.0),
            typed - delivered(clients), errors, quiet);
    }

    /**
     * Creates the rooms and seats two people in each. With several nodes, a room's two people join through two
     * different nodes, so every edit crosses from one node to another before the other person receives it.
     */
    private static void joinAll(Vertx vertx, WebSocketClient ws, List<URI> targets, int rooms,
                                List<BenchClient> clients) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        List<Future<Void>> joins = new ArrayList<>();
        for (int r = 0; r < rooms; r++) {
            URI target = targets.get(r % targets.size());
            HttpResponse<String> created = http.send(HttpRequest.newBuilder(target.resolve("/api/rooms"))
                .POST(HttpRequest.BodyPublishers.ofString("{}")).build(), HttpResponse.BodyHandlers.ofString());
            JsonNode room = Codec.mapper().readTree(created.body());
            String id = room.path("room").asText();
            for (int person = 0; person < 2; person++) {
                String link = person == 0 ? "host" : "invite";
                URI node = targets.get((r + person) % targets.size());
                String url = room.at("/links/" + link).asText();
                BenchClient client = new BenchClient((link.equals("host") ? "a" : "b") + r);
                clients.add(client);
                joins.add(client.join(vertx, ws, node.getHost(), node.getPort(), id,
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
}
