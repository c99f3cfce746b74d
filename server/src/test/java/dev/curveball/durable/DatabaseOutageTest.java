package dev.curveball.durable;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.curveball.config.Setting;
import dev.curveball.protocol.Codec;
import dev.curveball.testing.CreatedRoom;
import dev.curveball.testing.Postgres;
import dev.curveball.testing.TestNode;
import dev.curveball.testing.WsClient;
import io.vertx.core.Vertx;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The shared PostgreSQL goes down in the middle of an interview: typing goes on without a single error, {@code /ready}
 * says the store is behind, and once the database is back everything typed meanwhile is in it.
 */
class DatabaseOutageTest {
    private static Postgres postgres;
    private static TestNode node;
    private static Vertx vertx;

    @BeforeAll
    static void start() {
        postgres = Postgres.start();
        node = TestNode.start(Map.of(Setting.STORE, "database", Setting.DATABASE_URL, postgres.jdbcUrl(),
            Setting.DATABASE_USER, Postgres.USER));
        vertx = Vertx.vertx();
    }

    @AfterAll
    static void stop() throws Exception {
        vertx.close().toCompletionStage().toCompletableFuture().get(30, TimeUnit.SECONDS);
        node.close();
        postgres.close();
    }

    @Test
    void typingGoesOnWhileTheDatabaseIsDownAndEverythingLandsWhenItIsBack() throws Exception {
        CreatedRoom room = node.createRoom("{\"title\":\"Outage practice\",\"creatorSeat\":\"interviewer\"}");
        try (WsClient ada = WsClient.join(vertx, node.port(), room.id(), room.hostToken(), "Ada");
             WsClient bo = WsClient.join(vertx, node.port(), room.id(), room.inviteToken(), "Bo")) {
            Typist typist = new Typist(bo, "c-bo");
            typist.type("before the outage; ");
            awaitStore(store -> store.path("pendingRooms").asInt(-1) == 0 && !store.path("behind").asBoolean());

            postgres.halt();
            long downAt = System.nanoTime();
            // Keep typing until the store has noticed, and for ten seconds of outage at least: every key is acked.
            int keys = 0;
            while (!ready().path("behind").asBoolean() || System.nanoTime() - downAt < TimeUnit.SECONDS.toNanos(10)) {
                typist.type(String.valueOf((char) ('a' + keys++ % 26)));
            }
            JsonNode behind = ready();
            assertTrue(behind.path("pendingRooms").asInt() >= 1, behind.toString());
            assertEquals(200, node.get("/ready").statusCode(), "the node still takes users while its store is behind");
            typist.type("; typed during the outage");

            postgres.resume();
            awaitStore(store -> store.path("pendingRooms").asInt(-1) == 0 && !store.path("behind").asBoolean());

            assertEquals(typist.text(), storedNotes(room.id()), "the database has every key, the outage's too");
            assertTrue(ada.messages("error").isEmpty(), "no error reached Ada: " + ada.messages("error"));
            assertTrue(bo.messages("error").isEmpty(), "no error reached Bo: " + bo.messages("error"));
        }
    }

    private static JsonNode ready() throws Exception {
        return Codec.mapper().readTree(node.get("/ready").body()).path("store");
    }

    private static void awaitStore(java.util.function.Predicate<JsonNode> condition) {
        Awaitility.await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200))
            .until(() -> condition.test(ready()));
    }

    /** The shared notes as the database holds them, read with plain JDBC. */
    private static String storedNotes(String roomId) throws Exception {
        try (Connection connection = DriverManager.getConnection(postgres.jdbcUrl(), Postgres.USER, "");
             PreparedStatement select = connection.prepareStatement("SELECT state FROM rooms WHERE id = ?")) {
            select.setString(1, roomId);
            try (ResultSet result = select.executeQuery()) {
                assertTrue(result.next(), "the room has a row");
                return Codec.mapper().readTree(result.getString(1)).at("/notes/shared/text").asText();
            }
        }
    }
}
