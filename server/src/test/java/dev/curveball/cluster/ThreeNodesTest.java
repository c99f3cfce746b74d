package dev.curveball.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.curveball.config.Setting;
import dev.curveball.testing.CreatedRoom;
import dev.curveball.testing.TestNode;
import dev.curveball.testing.WsClient;
import io.vertx.core.Vertx;
import java.util.List;
import java.util.Map;
import java.util.stream.LongStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Three nodes in one JVM, one Hazelcast cluster: a room is one room whichever node its people are on. */
class ThreeNodesTest {
    private static List<TestNode> nodes;
    private static Vertx vertx;

    @BeforeAll
    static void start() {
        nodes = TestNode.cluster(3, Map.of(Setting.EVENT_LOG_SIZE, "16", Setting.EVENT_LOOPS, "1"));
        vertx = Vertx.vertx();
    }

    @AfterAll
    static void stop() throws Exception {
        vertx.close().toCompletionStage().toCompletableFuture().get();
        for (TestNode node : nodes) {
            node.close();
        }
    }

    private static int port(int node) {
        return nodes.get(node).port();
    }

    private static String hello(CreatedRoom room, String token, String name, String secret, Long lastSeq) {
        String resume = secret == null ? "" : ",\"resume\":{\"secret\":\"" + secret + "\""
            + (lastSeq == null ? "" : ",\"lastSeq\":" + lastSeq) + "}";
        return "{\"type\":\"hello\",\"protocol\":1,\"room\":\"" + room.id() + "\",\"token\":\"" + token
            + "\",\"name\":\"" + name + "\"" + resume + "}";
    }

    @Test
    void clientsOnThreeNodesSeeTheIdenticalEventSequenceWhateverNodeTheCommandCameThrough() {
        CreatedRoom room = nodes.get(0).createRoom("{}");
        try (WsClient ada = WsClient.join(vertx, port(0), room.id(), room.hostToken(), "Ada");
             WsClient bo = WsClient.join(vertx, port(1), room.id(), room.inviteToken(), "Bo");
             WsClient adaTab = WsClient.connect(vertx, port(2))) {
            // Started first: the round's start renders the round once per seat, and each seat sees only its own.
            ada.awaitAnswer(ada.command("timer.start"));
            adaTab.send(hello(room, room.hostToken(), "Ada", ada.welcome().path("resume").asText(), null));
            adaTab.welcome();
            long base = adaTab.welcome().path("seq").asLong();
            for (WsClient client : List.of(ada, bo)) {
                client.await(m -> "event".equals(m.path("type").asText()) && m.path("seq").asLong() == base);
            }

            for (int i = 0; i < 20; i++) {
                bo.awaitAnswer(bo.command("notes.op", "\"doc\":\"shared\",\"rev\":" + i + ",\"op\":[" + (i == 0 ? "" : i + ",")
                    + "\"" + (char) ('a' + i) + "\"],\"client\":\"c-bo\",\"clientSeq\":" + (i + 1)));
            }
            adaTab.awaitAnswer(adaTab.command("timer.pause"));
            long last = ada.awaitAnswer(ada.command("timer.resume")).path("seq").asLong();

            for (WsClient client : List.of(ada, bo, adaTab)) {
                client.await(m -> "event".equals(m.path("type").asText()) && m.path("seq").asLong() == last);
            }
            List<String> seen = eventsAfter(adaTab, base);
            assertEquals(LongStream.rangeClosed(base + 1, last).boxed().toList(),
                adaTab.messages("event").stream().map(m -> m.path("seq").asLong()).toList(), "no gap, no repeat");
            assertEquals(seen, eventsAfter(ada, base));
            assertEquals(seen, eventsAfter(bo, base));
            assertEquals(20, bo.messages("event").stream()
                .filter(m -> "notes.op".equals(m.at("/event/kind").asText())).count());
        }
    }

    @Test
    void aClientThatReconnectsToAnotherNodeGetsExactlyWhatItMissed() {
        CreatedRoom room = nodes.get(0).createRoom("{}");
        try (WsClient ada = WsClient.join(vertx, port(0), room.id(), room.hostToken(), "Ada")) {
            String secret;
            long lastSeq;
            try (WsClient bo = WsClient.join(vertx, port(1), room.id(), room.inviteToken(), "Bo")) {
                secret = bo.welcome().path("resume").asText();
                ada.awaitAnswer(ada.command("timer.start"));
                lastSeq = bo.await(m -> "timer.changed".equals(m.at("/event/kind").asText())).path("seq").asLong();
            }
            long paused = ada.awaitAnswer(ada.command("timer.pause")).path("seq").asLong();

            try (WsClient back = WsClient.connect(vertx, port(2))) {
                back.send(hello(room, room.inviteToken(), "Bo", secret, lastSeq));
                JsonNode welcome = back.welcome();
                assertTrue(welcome.path("room").isMissingNode(), "a replay, not a snapshot");
                // Its own return is the last thing that happens; everything between comes first, once, in order.
                JsonNode returned = back.await(m -> "presence.changed".equals(m.at("/event/kind").asText())
                    && m.at("/event/online").asBoolean());
                List<Long> seqs = back.messages("event").stream().map(m -> m.path("seq").asLong()).toList();
                assertEquals(LongStream.rangeClosed(lastSeq + 1, returned.path("seq").asLong()).boxed().toList(),
                    seqs);
                assertTrue(seqs.contains(paused), "the pause it missed is among them");
            }
        }
    }

    @Test
    void aClientThatWasAwayLongerThanTheLogGetsAFreshSnapshotOnAnotherNode() {
        CreatedRoom room = nodes.get(0).createRoom("{}");
        try (WsClient ada = WsClient.join(vertx, port(0), room.id(), room.hostToken(), "Ada")) {
            String secret;
            long lastSeq;
            try (WsClient bo = WsClient.join(vertx, port(1), room.id(), room.inviteToken(), "Bo")) {
                secret = bo.welcome().path("resume").asText();
                lastSeq = bo.welcome().path("seq").asLong();
            }
            for (int i = 0; i < 12; i++) {
                ada.awaitAnswer(ada.command("timer.start"));
                ada.awaitAnswer(ada.command("timer.reset"));
            }

            try (WsClient back = WsClient.connect(vertx, port(2))) {
                back.send(hello(room, room.inviteToken(), "Bo", secret, lastSeq));
                JsonNode welcome = back.welcome();
                assertFalse(welcome.path("room").isMissingNode(), "the missed events left the 16-event log");
                assertEquals("idle", welcome.at("/room/timer/state").asText());
                assertTrue(welcome.path("seq").asLong() > lastSeq + 16);
                assertEquals("candidate", welcome.at("/you/role").asText());
            }
        }
    }

    @Test
    void anyNodeListsEveryLiveNodeForClientsToReconnectTo() throws Exception {
        JsonNode listed = dev.curveball.protocol.Codec.mapper().readTree(nodes.get(1).get("/api/cluster").body());

        assertEquals(nodes.stream().map(TestNode::baseUrl).sorted().toList(),
            dev.curveball.protocol.Codec.mapper().convertValue(listed.path("nodes"), List.class));
    }

    private static List<String> eventsAfter(WsClient client, long seq) {
        return client.messages("event").stream().filter(m -> m.path("seq").asLong() > seq)
            .map(JsonNode::toString).toList();
    }
}
