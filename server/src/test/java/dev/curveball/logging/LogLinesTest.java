package dev.curveball.logging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.Level;
import dev.curveball.access.Secrets;
import dev.curveball.config.Setting;
import dev.curveball.testing.CreatedRoom;
import dev.curveball.testing.LogCapture;
import dev.curveball.testing.TestNode;
import dev.curveball.testing.WsClient;
import io.vertx.core.Vertx;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/**
 * What a node's log says about rooms and the connections it turns away, read from the real logback output: one line
 * per event, with the reason, and never a token or a secret.
 */
class LogLinesTest {
    private static TestNode node;
    private static Vertx vertx;

    @BeforeAll
    static void start() {
        node = TestNode.start(Map.of(Setting.EVENT_LOOPS, "2", Setting.MAX_MESSAGES_PER_SECOND, "1000",
            Setting.MESSAGE_BURST, "1000"));
        vertx = Vertx.vertx();
    }

    @AfterAll
    static void stop() throws Exception {
        vertx.close().toCompletionStage().toCompletableFuture().get(30, TimeUnit.SECONDS);
        node.close();
    }

    @Test
    void aRoomsLifeAndEveryRefusedConnectionAreOneLineEachWithNoTokenOrSecretInTheLog() throws Exception {
        List<String> secrets = new ArrayList<>();
        try (LogCapture log = LogCapture.start()) {
            CreatedRoom room = node.createRoom("{}");
            secrets.addAll(List.of(room.hostToken(), room.inviteToken()));
            String adaSecret;
            try (WsClient ada = WsClient.join(vertx, node.port(), room.id(), room.hostToken(), "Ada");
                 WsClient bo = WsClient.join(vertx, node.port(), room.id(), room.inviteToken(), "Bo")) {
                adaSecret = ada.welcome().path("resume").asText();
                secrets.addAll(List.of(adaSecret, bo.welcome().path("resume").asText()));
                try (WsClient adaAgain = WsClient.connect(vertx, node.port())) {
                    adaAgain.send("{\"type\":\"hello\",\"protocol\":1,\"room\":\"" + room.id() + "\",\"token\":\""
                        + room.hostToken() + "\",\"name\":\"Ada\",\"resume\":{\"secret\":\"" + adaSecret + "\"}}");
                    adaAgain.welcome();
                }
            }
            String badToken = Secrets.token();
            secrets.add(badToken);
            try (WsClient stranger = WsClient.connect(vertx, node.port())) {
                stranger.hello(room.id(), badToken, "Eve");
                assertEquals("bad-token", stranger.awaitType("error").path("code").asText());
            }
            try (WsClient lost = WsClient.connect(vertx, node.port())) {
                lost.hello("zzzzzzzzzz", badToken, "Eve");
                lost.awaitType("error");
            }
            assertEquals(400, node.get("/ws").statusCode());

            Awaitility.await().atMost(Duration.ofSeconds(10)).until(() ->
                log.mentioning("refused").size() >= 3 && log.mentioning("refused a request to the WebSocket").size() == 1);
            assertEquals(1, log.mentioning("room " + room.id() + " created").size(), "created, once");
            assertEquals(1, log.mentioning("room " + room.id() + ": first person joined").size(),
                "the first join, once: not Bo's, not Ada's return");
            assertEquals(1, log.mentioning("room " + room.id() + ": bad-token").size(), log.mentioning("refused").toString());
            assertEquals(1, log.mentioning("unknown-room").size(), log.mentioning("refused").toString());

            // Expiry and deletion, as Hazelcast does them to the rooms map.
            node.node().hazelcast().getMap("rooms").setTtl(room.id(), 1, TimeUnit.SECONDS);
            Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> {
                node.node().hazelcast().getMap("rooms").containsKey(room.id()); // a read expires a due entry
                return log.mentioning("room " + room.id() + " expired").size() == 1;
            });
            CreatedRoom other = node.createRoom("{}");
            secrets.addAll(List.of(other.hostToken(), other.inviteToken()));
            node.node().hazelcast().getMap("rooms").delete(other.id());
            Awaitility.await().atMost(Duration.ofSeconds(10))
                .until(() -> log.mentioning("room " + other.id() + " deleted").size() == 1);

            List<String> everything = log.lines(e -> true);
            for (String secret : secrets) {
                for (String form : List.of(secret, Secrets.hash(secret))) {
                    assertTrue(everything.stream().noneMatch(line -> line.contains(form)),
                        "a token, secret or its hash reached the log: " + form);
                }
            }
        }
    }

    @Test
    void vertxsWarningForEventsQueuedWhenARoomsSubscriptionEndsIsDebugButAFullConsumerStillWarns() {
        org.slf4j.Logger vertxConsumer = LoggerFactory.getLogger("io.vertx.core.eventbus.impl.MessageConsumerImpl");
        try (LogCapture log = LogCapture.start()) {
            vertxConsumer.warn("Discarding message since the consumer is not registered. address: room.abcdefghjk");
            vertxConsumer.warn("Discarding message as more than 1000 buffered in paused consumer. address: room.x");

            assertEquals(List.of(), log.lines(e -> e.getLevel() == Level.WARN
                && e.getFormattedMessage().contains("not registered")));
            assertEquals(1, log.lines(e -> e.getLevel() == Level.WARN
                && e.getFormattedMessage().contains("buffered in paused consumer")).size());
        }
    }

    @Test
    void roomsEmptyingWhileEventsFlowLogNoWarning() {
        CreatedRoom room = node.createRoom("{}");
        try (LogCapture log = LogCapture.start();
             WsClient ada = WsClient.join(vertx, node.port(), room.id(), room.hostToken(), "Ada")) {
            // Ada types without pause on one event loop; Bo comes and goes, so the room's subscription on the
            // other loop ends again and again while Ada's edits are on their way to it.
            long rev = 0;
            String boSecret = null;
            for (int visit = 0; visit < 30; visit++) {
                WsClient bo = WsClient.connect(vertx, node.port());
                bo.send("{\"type\":\"hello\",\"protocol\":1,\"room\":\"" + room.id() + "\",\"token\":\""
                    + room.inviteToken() + "\",\"name\":\"Bo\"" + (boSecret == null ? ""
                    : ",\"resume\":{\"secret\":\"" + boSecret + "\"}") + "}");
                boSecret = bo.welcome().path("resume").asText();
                for (int i = 0; i < 5; i++, rev++) {
                    ada.send("{\"type\":\"notes.op\",\"id\":" + (rev + 1) + ",\"doc\":\"shared\",\"rev\":" + rev
                        + ",\"op\":[" + (rev == 0 ? "" : rev + ",") + "\"x\"],\"client\":\"c-ada\",\"clientSeq\":"
                        + (rev + 1) + "}");
                }
                bo.close();
                bo.awaitClose();
            }
            long last = rev;
            ada.await(m -> m.path("id").asLong() == last);
            assertEquals(List.of(), log.lines(e -> e.getLevel().isGreaterOrEqual(Level.WARN)));
        }
    }
}
