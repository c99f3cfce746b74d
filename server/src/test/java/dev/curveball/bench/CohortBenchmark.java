package dev.curveball.bench;

import com.fasterxml.jackson.databind.JsonNode;
import dev.curveball.protocol.Codec;
import dev.curveball.testing.ProcessNode;
import dev.curveball.testing.TestNode;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import io.vertx.core.http.WebSocketClient;
import io.vertx.core.http.WebSocketClientOptions;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;

/**
 * What a cohort costs (issue 13, "Scale and cost"). Two measurements, one per run, chosen with {@code --measure}:
 *
 * <p>{@code --measure board}: a cohort of {@code --rooms 200} pairs on one node, every member joined by WebSocket and
 * typing into their room's shared notes at {@code --rate 18} keystrokes per second per room (split between the two),
 * while the organizer polls the board once a second with {@code since}, as the page does. After {@code --warmup 15}
 * s it measures {@code --seconds 60} s: the bytes the organizer's connection receives per second (status lines and
 * headers included), rooms per answer, the board's answer time and the keystrokes delivered. A room where people
 * only type comes back on the board when the server clock crosses a multiple of 30 s, so each such crossing brings
 * one answer with every room (the "max" column) and the mean depends on how many crossings the window holds: two in
 * a 60 s window, as in the scenario. With
 * {@code --url http://127.0.0.1:8080} it uses that node (started with the allowances below and
 * {@code --max-cohort-people} of at least twice the rooms); otherwise it starts one in its own JVM, with the default
 * store in a temporary data directory and {@code --heap 1g}.
 *
 * <p>{@code --measure start}: three nodes in their own JVMs form one cluster on loopback (rooms in memory). A cohort of
 * {@code --rooms 200} pairs is created on node 1, its members join spread over the three nodes (the two of a pair on
 * different nodes), then the organizer sends {@code start} to node 2: the row gives the HTTP answer time and the time
 * until every member's socket has seen its room's timer start. Repeated {@code --repeat 3} times with fresh cohorts;
 * the first run also pays the three JVMs' warm-up. {@code --url a,b,c} uses a running cluster instead (its nodes
 * started with the allowances below); the cohort is created on the first, the organizer asks the second.
 *
 * <p>Everything is loopback, bounded in time, and stops by itself; it ends only the nodes it started.
 */
public final class CohortBenchmark {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm'Z'");
    /** How long joining every member, or the board showing them online, may take before the run is abandoned. */
    private static final long JOIN_SECONDS = 120;
    /** How long the members' sockets may take to see the timer start before the rest are counted as missing. */
    private static final long START_SECONDS = 30;
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    private CohortBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> flags = BenchFlags.parse(args);
        int rooms = Integer.parseInt(flags.getOrDefault("--rooms", "200"));
        List<ProcessNode> started = new CopyOnWriteArrayList<>();
        // A benchmark stopped with Ctrl-C still ends the nodes it started, and only those.
        Runtime.getRuntime().addShutdownHook(new Thread(() -> started.forEach(ProcessNode::close)));
        try {
            switch (flags.getOrDefault("--measure", "")) {
                case "board" -> board(flags, rooms, started);
                case "start" -> start(flags, rooms, started);
                default -> {
                    System.err.println("choose one measurement: --measure board, or --measure start");
                    System.exit(2);
                }
            }
        } catch (Exception e) {
            e.printStackTrace();
            System.exit(1); // the shutdown hook ends any node still running
        }
        System.exit(0); // nothing else should keep this JVM alive
    }

    private static void board(Map<String, String> flags, int rooms, List<ProcessNode> started) throws Exception {
        int rate = Integer.parseInt(flags.getOrDefault("--rate", "18"));
        int warmup = Integer.parseInt(flags.getOrDefault("--warmup", "15"));
        int seconds = Integer.parseInt(flags.getOrDefault("--seconds", "60"));
        if (rate < 1) {
            throw new IllegalArgumentException("--rate is keystrokes per second per room, at least 1");
        }
        URI node;
        Path dataDir = null;
        if (flags.containsKey("--url")) {
            node = URI.create(flags.get("--url"));
        } else {
            dataDir = Files.createTempDirectory("curveball-cohort-bench-");
            started.add(ProcessNode.launchDurable(TestNode.freePort(), dataDir,
                nodeFlags(rooms, List.of("--event-loops", "0")), flags.getOrDefault("--heap", "1g")).awaitReady());
            node = URI.create(started.get(0).baseUrl());
        }
        Vertx vertx = Vertx.vertx(new VertxOptions().setEventLoopPoolSize(2));
        WebSocketClient ws = vertx.createWebSocketClient(new WebSocketClientOptions().setMaxConnections(4 * rooms)
            .setMaxFrameSize(1 << 20).setMaxMessageSize(1 << 22));
        List<BenchClient> clients = new ArrayList<>();
        try {
            BenchCohort cohort = BenchCohort.create(HTTP, node, rooms);
            List<Future<Void>> joins = new ArrayList<>();
            for (BenchCohort.Member member : cohort.members()) {
                // The first letter is what this person types; names are unique, as the keystroke ledger needs.
                BenchClient client = new BenchClient(("interviewer".equals(member.seat()) ? "a" : "b")
                    + member.roomIndex());
                clients.add(client);
                joins.add(client.join(vertx, ws, node.getHost(), node.getPort(), member.room(), member.token()));
            }
            Future.all(joins).toCompletionStage().toCompletableFuture().get(JOIN_SECONDS, TimeUnit.SECONDS);
            System.out.printf("%d members joined the %d rooms of cohort %s on %s%n", clients.size(), cohort.rooms(),
                cohort.id(), node);

            long period = Math.max(1, Math.round(2000.0 / rate)); // each of the two types half the room's rate
            try (BoardPoller organizer = new BoardPoller(node.getHost(), node.getPort(), cohort)) {
                organizer.start();
                for (int i = 0; i < clients.size(); i++) {
                    clients.get(i).startTyping(vertx, i * period / clients.size(), period);
                }
                Thread.sleep(warmup * 1000L); // a benchmark's warm-up is wall-clock time by definition
                organizer.take();
                clients.forEach(BenchClient::takeLatencies);
                long deliveredBefore = sum(clients, c -> c.delivered.get());
                clients.forEach(c -> c.measure(true));
                long from = System.nanoTime();
                Thread.sleep(seconds * 1000L);
                BoardPoller.Window board = organizer.take();
                clients.forEach(c -> c.measure(false));
                double elapsed = (System.nanoTime() - from) / 1e9;
                long delivered = sum(clients, c -> c.delivered.get()) - deliveredBefore;
                clients.forEach(c -> c.stopTyping(vertx));
                boolean quiet = awaitQuiet(clients);
                Latencies keystrokes = new Latencies();
                clients.forEach(c -> keystrokes.addAll(c.takeLatencies()));
                System.out.println("| date | rooms | typed keystrokes/s | delivered/s | keystroke p99 ms | board answers"
                    + " | rooms per answer, mean | max | answer p50 ms | p99 ms | organizer receives B/s | sends B/s"
                    + " | lost | errors |");
                System.out.println("| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |"
                    + " --- |");
                System.out.printf("| %s | %d | %.0f | %.0f | %.1f | %d%s | %.1f | %d | %.1f | %.1f | %.0f | %.0f | %d"
                        + " | %d |%s%n", now(), cohort.rooms(), clients.size() * 1000.0 / period, delivered / elapsed,
                    keystrokes.percentileMillis(0.99), board.answers,
                    board.failed == 0 ? "" : " (+" + board.failed + " failed: " + board.lastFailure + ")",
                    board.meanRooms(), board.maxRooms, board.times.percentileMillis(0.50),
                    board.times.percentileMillis(0.99), board.received / board.seconds(), board.sent / board.seconds(),
                    sum(clients, c -> c.typed.get()) - sum(clients, c -> c.delivered.get()),
                    sum(clients, c -> c.errors.get()), quiet ? "" : " (did not converge)");
            }
        } finally {
            clients.forEach(BenchClient::close);
            vertx.close().toCompletionStage().toCompletableFuture().get(30, TimeUnit.SECONDS);
            started.forEach(ProcessNode::terminate);
            if (dataDir != null) {
                deleteTree(dataDir);
            }
        }
    }

    private static void start(Map<String, String> flags, int rooms, List<ProcessNode> started) throws Exception {
        int repeat = Integer.parseInt(flags.getOrDefault("--repeat", "3"));
        List<URI> nodes;
        if (flags.containsKey("--url")) {
            nodes = Stream.of(flags.get("--url").split(",")).map(URI::create).toList();
            if (nodes.size() < 2) {
                throw new IllegalArgumentException("--measure start needs the cluster's nodes: --url a,b,c");
            }
        } else {
            String cluster = "cohort-bench-" + UUID.randomUUID();
            List<Integer> hazelcastPorts = List.of(TestNode.freePort(), TestNode.freePort(), TestNode.freePort());
            String members = String.join(",", hazelcastPorts.stream().map(p -> "127.0.0.1:" + p).toList());
            for (int hazelcastPort : hazelcastPorts) {
                started.add(ProcessNode.launch(cluster, TestNode.freePort(), hazelcastPort, members,
                    nodeFlags(rooms, List.of())));
            }
            started.forEach(ProcessNode::awaitReady);
            nodes = started.stream().map(n -> URI.create(n.baseUrl())).toList();
        }
        Vertx vertx = Vertx.vertx(new VertxOptions().setEventLoopPoolSize(2));
        WebSocketClient ws = vertx.createWebSocketClient(new WebSocketClientOptions().setMaxConnections(4 * rooms)
            .setMaxFrameSize(1 << 20).setMaxMessageSize(1 << 22));
        try {
            System.out.printf("%d nodes in one cluster: %s%n", nodes.size(), nodes);
            System.out.println("| date | rooms | members | applied | answer ms | every member saw the timer start, ms"
                + " | half of them by, ms | missing |");
            System.out.println("| --- | --- | --- | --- | --- | --- | --- | --- |");
            for (int run = 0; run < repeat; run++) {
                System.out.println(startOnce(ws, nodes, rooms));
            }
        } finally {
            vertx.close().toCompletionStage().toCompletableFuture().get(30, TimeUnit.SECONDS);
            started.forEach(ProcessNode::terminate);
        }
    }

    /** One fresh cohort, joined, started from node 2; answers its table row. */
    private static String startOnce(WebSocketClient ws, List<URI> nodes, int rooms) throws Exception {
        BenchCohort cohort = BenchCohort.create(HTTP, nodes.get(0), rooms);
        List<StartWatcher> watchers = new ArrayList<>();
        try {
            List<Future<Void>> joins = new ArrayList<>();
            for (int i = 0; i < cohort.members().size(); i++) {
                StartWatcher watcher = new StartWatcher();
                watchers.add(watcher);
                joins.add(watcher.join(ws, nodes.get(i % nodes.size()), cohort.members().get(i)));
            }
            Future.all(joins).toCompletionStage().toCompletableFuture().get(JOIN_SECONDS, TimeUnit.SECONDS);
            URI organizerNode = nodes.get(1);
            // Everyone online on the board: every node knows its sockets. It also opens the organizer's connection.
            awaitEveryoneOnline(organizerNode, cohort);

            long asked = System.nanoTime();
            HttpResponse<String> answer = HTTP.send(HttpRequest.newBuilder(
                    organizerNode.resolve("/api/cohorts/" + cohort.id() + "/actions"))
                .header("Authorization", cohort.bearer()).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"action\":\"start\"}")).build(),
                HttpResponse.BodyHandlers.ofString());
            long answered = System.nanoTime();
            if (answer.statusCode() != 200) {
                throw new IllegalStateException("start answered " + answer.statusCode() + " " + answer.body());
            }
            int applied = Codec.mapper().readTree(answer.body()).path("applied").asInt();
            List<Future<Long>> seen = watchers.stream().map(StartWatcher::started).toList();
            try {
                Future.join(seen).toCompletionStage().toCompletableFuture().get(START_SECONDS, TimeUnit.SECONDS);
            } catch (TimeoutException | java.util.concurrent.ExecutionException e) {
                // reported below as the members who did not see it
            }
            List<Double> millis = seen.stream().filter(Future::succeeded).map(f -> (f.result() - asked) / 1e6)
                .sorted(Comparator.naturalOrder()).toList();
            int missing = watchers.size() - millis.size();
            return String.format("| %s | %d | %d | %d | %.0f | %s | %s | %d |", now(), cohort.rooms(),
                watchers.size(), applied, (answered - asked) / 1e6,
                missing == 0 ? String.format("%.0f", millis.get(millis.size() - 1)) : "not all within "
                    + START_SECONDS + " s",
                millis.isEmpty() ? "-" : String.format("%.0f", millis.get((millis.size() - 1) / 2)), missing);
        } finally {
            watchers.forEach(StartWatcher::close);
        }
    }

    private static void awaitEveryoneOnline(URI node, BenchCohort cohort) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(JOIN_SECONDS);
        while (true) {
            HttpResponse<String> board = HTTP.send(HttpRequest.newBuilder(node.resolve("/api/cohorts/" + cohort.id()))
                .header("Authorization", cohort.bearer()).build(), HttpResponse.BodyHandlers.ofString());
            JsonNode rooms = Codec.mapper().readTree(board.body()).path("rooms");
            long online = 0;
            for (JsonNode room : rooms) {
                for (JsonNode member : room.path("members")) {
                    online += member.path("online").asBoolean() ? 1 : 0;
                }
            }
            if (online == cohort.members().size()) {
                return;
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("only " + online + " of " + cohort.members().size()
                    + " members show online on the board after " + JOIN_SECONDS + " s");
            }
            Thread.sleep(200); // polling the board, as the organizer's page would
        }
    }

    /**
     * The node allowances of the other benchmarks: every simulated person comes from 127.0.0.1 (ProcessNode adds the
     * per-address ones), and a roster of twice the rooms.
     */
    private static List<String> nodeFlags(int rooms, List<String> more) {
        List<String> flags = new ArrayList<>(List.of("--max-messages-per-second", "1000", "--message-burst", "1000",
            "--rooms-per-minute-per-address", "1000000", "--max-messages-per-second-per-address", "1000000",
            "--message-burst-per-address", "1000000", "--max-cohort-people", String.valueOf(2 * rooms)));
        flags.addAll(more);
        return flags;
    }

    private static boolean awaitQuiet(List<BenchClient> clients) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (System.nanoTime() < deadline) {
            if (clients.stream().allMatch(BenchClient::synced)
                && sum(clients, c -> c.typed.get()) == sum(clients, c -> c.delivered.get())) {
                return true;
            }
            Thread.sleep(100); // polling the end of a load run, not synchronising a test
        }
        return false;
    }

    private static long sum(List<BenchClient> clients, java.util.function.ToLongFunction<BenchClient> counter) {
        return clients.stream().mapToLong(counter).sum();
    }

    private static String now() {
        return ZonedDateTime.now(ZoneOffset.UTC).format(WHEN);
    }

    private static void deleteTree(Path root) throws IOException {
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
