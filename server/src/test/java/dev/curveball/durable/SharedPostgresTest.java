package dev.curveball.durable;

import dev.curveball.testing.Postgres;
import dev.curveball.testing.ProcessNode;
import dev.curveball.testing.TestNode;
import dev.curveball.testing.WsClient;
import io.vertx.core.Vertx;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Three nodes in three JVMs sharing one real PostgreSQL, as the README's cluster section runs them. A room played on
 * one node (two rounds, notes, twist, shared scorecard, paused timer) is all there after every node is killed with
 * SIGKILL and the cluster started again: every acknowledged edit whose write landed survives, and both rounds'
 * reports read the same as before.
 */
class SharedPostgresTest {
    private Postgres postgres;
    private final List<ProcessNode> nodes = new ArrayList<>();
    private Vertx vertx;

    @BeforeEach
    void start() {
        postgres = Postgres.start();
        vertx = Vertx.vertx();
    }

    @AfterEach
    void stop() throws Exception {
        nodes.forEach(ProcessNode::close);
        vertx.close().toCompletionStage().toCompletableFuture().get(30, TimeUnit.SECONDS);
        postgres.close();
    }

    @Test
    void aClusterOfThreeKilledAtOnceAndStartedAgainKeepsEveryRoomItHadWritten() throws Exception {
        startCluster();
        ProcessNode first = nodes.get(0);
        PlayedRoom played = PlayedRoom.play(vertx, first.port(), first::createRoom);
        String typed;
        try (WsClient bo = WsClient.connect(vertx, nodes.get(1).port())) {
            PlayedRoom.resume(bo, played.room().id(), played.room().inviteToken(), played.boSecret(), "Bo");
            Typist typist = new Typist(bo, "c-bo-2");
            typist.type(" and typed on another node");
            typed = typist.text();
        }
        // The room's owner may be any of the three: wait until none has anything left to write.
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> {
            for (ProcessNode node : nodes) {
                if (RestoredRoom.ready(node).at("/store/pendingRooms").asInt(-1) != 0) {
                    return false;
                }
            }
            return true;
        });

        nodes.forEach(ProcessNode::kill);
        nodes.clear();
        startCluster();

        RestoredRoom.assertWhole(vertx, nodes.get(2), played, typed);
    }

    private void startCluster() {
        String name = "shared-pg-" + UUID.randomUUID();
        List<Integer> hazelcastPorts = List.of(TestNode.freePort(), TestNode.freePort(), TestNode.freePort());
        String members = String.join(",", hazelcastPorts.stream().map(p -> "127.0.0.1:" + p).toList());
        List<String> flags = List.of("--store", "database", "--database-url", postgres.jdbcUrl(),
            "--database-user", Postgres.USER);
        for (int hazelcastPort : hazelcastPorts) {
            nodes.add(ProcessNode.launch(name, TestNode.freePort(), hazelcastPort, members, flags));
        }
        nodes.forEach(ProcessNode::awaitReady);
    }
}
