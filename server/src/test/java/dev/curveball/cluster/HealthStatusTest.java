package dev.curveball.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.hazelcast.cluster.ClusterState;
import dev.curveball.config.Setting;
import dev.curveball.protocol.Codec;
import dev.curveball.testing.TestNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * What {@code /health} and {@code /ready} tell a load balancer, on real Hazelcast clusters driven into each state:
 * missing backups, a cluster that refuses writes, a node that is shutting down.
 */
class HealthStatusTest {
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final List<TestNode> nodes = new ArrayList<>();

    @AfterEach
    void stop() {
        for (TestNode node : nodes) {
            try {
                node.close();
            } catch (Exception e) {
                // A member the test terminated may fail to leave cleanly; the others must still be stopped.
            }
        }
    }

    @Test
    void aClusterMissingBackupsIsAliveButNotReady() {
        nodes.addAll(TestNode.cluster(3, Map.of(Setting.EVENT_LOOPS, "1")));
        TestNode survivor = nodes.get(0);
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> status(survivor, "/ready") == 200);
        // No migrations: the partitions of a member that goes away keep no backup until migrations are allowed again.
        survivor.node().hazelcast().getCluster().changeClusterState(ClusterState.NO_MIGRATION);
        nodes.get(2).node().hazelcast().getLifecycleService().terminate();

        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> status(survivor, "/ready") == 503);
        JsonNode ready = body(survivor, "/ready");
        assertFalse(ready.path("clusterSafe").asBoolean(true), ready.toString());
        assertEquals(200, status(survivor, "/health"), "the node itself is alive: do not restart it");
    }

    @Test
    void aClusterThatRefusesWritesIsNeitherAliveNorReady() {
        TestNode node = TestNode.start();
        nodes.add(node);
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> status(node, "/ready") == 200);

        node.node().hazelcast().getCluster().changeClusterState(ClusterState.PASSIVE);

        Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> status(node, "/health") == 503);
        assertEquals(503, status(node, "/ready"));
        assertEquals("PASSIVE", body(node, "/ready").path("clusterState").asText());
        node.node().hazelcast().getCluster().changeClusterState(ClusterState.ACTIVE);
        Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> status(node, "/health") == 200);
    }

    @Test
    void aNodeThatIsShuttingDownNeverAnswers200AgainToEitherProbe() throws Exception {
        TestNode node = TestNode.start(Map.of(Setting.EVENT_LOOPS, "1"));
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> status(node, "/ready") == 200);

        CompletableFuture<Void> stopped = node.node().stop().toCompletionStage().toCompletableFuture();
        List<Integer> answers = new ArrayList<>();
        while (!stopped.isDone()) {
            answers.add(status(node, "/ready"));
            answers.add(status(node, "/health"));
        }
        stopped.get(30, TimeUnit.SECONDS);

        List<Integer> kinds = answers.stream().distinct().sorted().toList();
        assertTrue(List.of(-1).equals(kinds) || List.of(-1, 503).equals(kinds) || List.of(503).equals(kinds),
            "from the moment it starts to stop, a node answers 503 or nothing (its port closed): " + kinds);
    }

    /** The status code, or -1 when nothing answers (the port is closed). */
    private static int status(TestNode node, String path) {
        try {
            return HTTP.send(HttpRequest.newBuilder(URI.create(node.baseUrl() + path))
                .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    private static JsonNode body(TestNode node, String path) {
        try {
            return Codec.mapper().readTree(node.get(path).body());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
