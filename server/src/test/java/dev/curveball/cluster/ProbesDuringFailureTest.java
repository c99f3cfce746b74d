package dev.curveball.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.curveball.protocol.Codec;
import dev.curveball.testing.CreatedRoom;
import dev.curveball.testing.ProcessNode;
import dev.curveball.testing.TestNode;
import dev.curveball.testing.WsClient;
import io.vertx.core.Vertx;
import io.vertx.core.http.WebSocketClientOptions;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Three nodes in three JVMs, a load balancer's poller on {@code /ready} and {@code /health} of every node, and
 * someone typing on a survivor while another node dies with SIGKILL. The probes once asked Hazelcast whether the
 * cluster was safe on the event loop, and a probe in the first moments after a death froze a survivor's event loop
 * for ~10 s: its sockets' edits stalled along with it.
 */
class ProbesDuringFailureTest {
    private static final Duration POLL_EVERY = Duration.ofMillis(50);
    /** The longest a probe may take on a survivor, failure or not. */
    private static final Duration PROBE_BUDGET = Duration.ofMillis(500);
    /** The longest an edit on a socket whose node lives may take to be acknowledged. */
    private static final Duration EDIT_BUDGET = Duration.ofSeconds(2);
    private static final Duration AFTER_KILL = Duration.ofSeconds(12);

    private final List<ProcessNode> nodes = new ArrayList<>();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private ScheduledExecutorService poller;
    private Vertx vertx;

    @BeforeEach
    void startCluster() {
        String name = "probes-" + UUID.randomUUID();
        List<Integer> hazelcastPorts = List.of(TestNode.freePort(), TestNode.freePort(), TestNode.freePort());
        String members = String.join(",", hazelcastPorts.stream().map(p -> "127.0.0.1:" + p).toList());
        for (int hazelcastPort : hazelcastPorts) {
            nodes.add(ProcessNode.launch(name, TestNode.freePort(), hazelcastPort, members,
                List.of("--max-messages-per-second", "1000", "--message-burst", "1000")));
        }
        nodes.forEach(ProcessNode::awaitReady);
        vertx = Vertx.vertx();
        poller = Executors.newScheduledThreadPool(2);
    }

    @AfterEach
    void stopCluster() throws Exception {
        if (poller != null) {
            poller.shutdownNow();
        }
        if (vertx != null) {
            vertx.close().toCompletionStage().toCompletableFuture().get();
        }
        nodes.forEach(ProcessNode::close);
    }

    @Test
    void probesAnswerAtOnceAndEditsOnSurvivorsKeepConfirmingWhileANodeDies() throws Exception {
        ProcessNode survivor = nodes.get(0);
        ProcessNode dying = nodes.get(2);
        CreatedRoom room = survivor.createRoom("{}");
        Editor ada = new Editor(vertx, survivor.port(), room);

        Map<String, List<Long>> probeMillis = new ConcurrentHashMap<>();
        List<String> slowOrFailed = Collections.synchronizedList(new ArrayList<>());
        for (ProcessNode node : nodes) {
            for (String path : List.of("/ready", "/health")) {
                String key = node.port() + path;
                probeMillis.put(key, Collections.synchronizedList(new ArrayList<>()));
                poller.scheduleAtFixedRate(() -> probe(node, path, key, probeMillis, slowOrFailed, node == dying),
                    0, POLL_EVERY.toMillis(), TimeUnit.MILLISECONDS);
            }
        }

        List<Long> quiet = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            quiet.add(ada.edit());
        }
        dying.kill();
        long killedAt = System.nanoTime();
        List<Long> afterKill = new ArrayList<>();
        while (System.nanoTime() - killedAt < AFTER_KILL.toNanos()) {
            afterKill.add(ada.edit());
        }
        poller.shutdownNow();
        poller.awaitTermination(10, TimeUnit.SECONDS);

        System.out.printf("edit ack ms: quiet p99 %d max %d; after the kill p99 %d max %d (%d edits)%n",
            percentile(quiet, 99), Collections.max(quiet), percentile(afterKill, 99), Collections.max(afterKill),
            afterKill.size());
        for (ProcessNode node : List.of(nodes.get(0), nodes.get(1))) {
            for (String path : List.of("/ready", "/health")) {
                List<Long> millis = probeMillis.get(node.port() + path);
                synchronized (millis) {
                    System.out.printf("%s on a survivor: %d probes, p99 %d ms, max %d ms%n", path, millis.size(),
                        percentile(millis, 99), Collections.max(millis));
                }
            }
            String log = node.logText();
            assertTrue(!log.contains("has been blocked for"), "a survivor's event loop was blocked: see "
                + "target/node-logs/node-" + node.port() + ".log");
        }
        assertTrue(slowOrFailed.isEmpty(), "probes on survivors slower than " + PROBE_BUDGET.toMillis()
            + " ms or failed: " + slowOrFailed);
        assertTrue(Collections.max(afterKill) <= EDIT_BUDGET.toMillis(),
            "every edit on the survivor confirmed within " + EDIT_BUDGET.toMillis() + " ms; slowest "
                + Collections.max(afterKill) + " ms");
        // Once Hazelcast restored the dead member's backups, the survivors are worth sending users to again.
        Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> nodes.get(0).readyStatus() == 200
            && nodes.get(1).readyStatus() == 200);
        ada.close();
    }

    private void probe(ProcessNode node, String path, String key, Map<String, List<Long>> millis,
                       List<String> slowOrFailed, boolean mayDie) {
        long start = System.nanoTime();
        try {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(node.baseUrl() + path))
                .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
            long took = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
            millis.get(key).add(took);
            if (!mayDie && took > PROBE_BUDGET.toMillis()) {
                slowOrFailed.add(key + " took " + took + " ms (" + response.statusCode() + ")");
            }
        } catch (InterruptedException e) {
            // The test stopped the poller (shutdownNow) while this probe was on its way: not the node's doing.
            Thread.currentThread().interrupt();
        } catch (Exception e) {
            if (!mayDie) {
                slowOrFailed.add(key + " failed: " + e);
            }
        }
    }

    private static long percentile(List<Long> values, int p) {
        List<Long> sorted;
        synchronized (values) {
            sorted = new ArrayList<>(values);
        }
        Collections.sort(sorted);
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1));
    }

    /** One person typing one character at a time, each edit sent once the previous one was acknowledged. */
    private static final class Editor implements AutoCloseable {
        private final Map<Long, CompletableFuture<JsonNode>> answers = new ConcurrentHashMap<>();
        private final WsClient socket;
        private int rev;

        Editor(Vertx vertx, int port, CreatedRoom room) {
            socket = WsClient.connect(vertx, port, new WebSocketClientOptions(), frame -> {
                JsonNode message = parse(frame);
                CompletableFuture<JsonNode> answer = answers.remove(message.path("id").asLong(-1));
                if (answer != null) {
                    answer.complete(message);
                }
            });
            socket.hello(room.id(), room.hostToken(), "Ada");
            socket.welcome();
        }

        /** @return milliseconds until the edit was acknowledged */
        long edit() throws Exception {
            long start = System.nanoTime();
            CompletableFuture<JsonNode> answer = new CompletableFuture<>();
            long id = rev + 1;
            answers.put(id, answer);
            socket.send("{\"type\":\"notes.op\",\"id\":" + id + ",\"doc\":\"shared\",\"rev\":" + rev
                + ",\"op\":[" + (rev == 0 ? "" : rev + ",") + "\"x\"],\"client\":\"c-ada\",\"clientSeq\":" + id + "}");
            JsonNode reply = answer.get(30, TimeUnit.SECONDS);
            assertEquals("ack", reply.path("type").asText(), reply.toString());
            rev++;
            return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
        }

        private static JsonNode parse(String frame) {
            try {
                return Codec.mapper().readTree(frame);
            } catch (Exception e) {
                return Codec.mapper().createObjectNode();
            }
        }

        @Override
        public void close() {
            socket.close();
        }
    }
}
