package dev.curveball.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.hazelcast.core.EntryView;
import dev.curveball.config.Setting;
import dev.curveball.protocol.Codec;
import dev.curveball.room.RoomState;
import dev.curveball.store.HazelcastRoomStore;
import dev.curveball.testing.CreatedRoom;
import dev.curveball.testing.TestNode;
import dev.curveball.testing.WsClient;
import io.vertx.core.Vertx;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** One address cannot fill the server with rooms, and rooms nobody uses do not stay long. */
class RoomCreationThrottleTest {
    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void anAddressOverItsRoomsPerMinuteGets429RateLimitedWithRetryAfterAndNoRoom() throws Exception {
        try (TestNode node = TestNode.start(Map.of(Setting.ROOMS_PER_MINUTE_PER_ADDRESS, "3"))) {
            for (int i = 0; i < 3; i++) {
                assertEquals(201, create(node, null).statusCode());
            }

            HttpResponse<String> refused = create(node, null);

            assertEquals(429, refused.statusCode());
            JsonNode body = Codec.mapper().readTree(refused.body());
            assertEquals("rate-limited", body.path("code").asText());
            long retryAfter = Long.parseLong(refused.headers().firstValue("Retry-After").orElseThrow());
            assertTrue(retryAfter >= 1 && retryAfter <= 20, "3 a minute refill one every 20 s: " + retryAfter);
            assertEquals(3, node.node().hazelcast().getMap(HazelcastRoomStore.MAP_NAME).size(), "no fourth room");
        }
    }

    @Test
    void behindATrustedProxyEachForwardedAddressHasItsOwnAllowance() throws Exception {
        try (TestNode node = TestNode.start(Map.of(Setting.ROOMS_PER_MINUTE_PER_ADDRESS, "1",
            Setting.TRUST_PROXY, "true"))) {
            assertEquals(201, create(node, "198.51.100.7").statusCode());
            assertEquals(429, create(node, "198.51.100.7").statusCode());
            // What a client claims comes first; the proxy appends the address it saw, and that one counts.
            assertEquals(429, create(node, "203.0.113.9, 198.51.100.7").statusCode());

            assertEquals(201, create(node, "198.51.100.8").statusCode());
            assertEquals(201, create(node, "2001:db8:1:2::5").statusCode());
            assertEquals(429, create(node, "2001:db8:1:2::6").statusCode(), "one /64 is one subscriber");
        }
    }

    @Test
    void withoutTrustProxyAForgedForwardedForBuysNothing() throws Exception {
        try (TestNode node = TestNode.start(Map.of(Setting.ROOMS_PER_MINUTE_PER_ADDRESS, "1"))) {
            assertEquals(201, create(node, "198.51.100.7").statusCode());

            assertEquals(429, create(node, "198.51.100.8").statusCode());
            assertEquals(429, create(node, null).statusCode());
        }
    }

    @Test
    void aRoomNobodyJoinedExpiresAfterTheShortExpiryAndAJoinedOneAfterTheFullOne() throws Exception {
        try (TestNode node = TestNode.start(Map.of(Setting.UNJOINED_ROOM_EXPIRY_MINUTES, "7"));
             var clients = new Clients()) {
            var rooms = node.node().hazelcast().<String, RoomState>getMap(HazelcastRoomStore.MAP_NAME);
            CreatedRoom unused = node.createRoom("{}");
            CreatedRoom used = node.createRoom("{}");

            EntryView<String, RoomState> fresh = rooms.getEntryView(used.id());
            assertEquals(TimeUnit.MINUTES.toMillis(7), fresh.getTtl());
            assertTrue(fresh.getExpirationTime() <= fresh.getCreationTime() + TimeUnit.MINUTES.toMillis(7));

            try (WsClient ada = WsClient.join(clients.vertx, node.port(), used.id(), used.hostToken(), "Ada")) {
                EntryView<String, RoomState> joined = rooms.getEntryView(used.id());
                assertEquals(Long.MAX_VALUE, joined.getTtl(), "a joined room has no time to live of its own");
                assertEquals(TimeUnit.HOURS.toMillis(24), joined.getMaxIdle(), "only the room expiry applies");
            }
            assertEquals(TimeUnit.MINUTES.toMillis(7), rooms.getEntryView(unused.id()).getTtl());
        }
    }

    private HttpResponse<String> create(TestNode node, String forwardedFor) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(node.baseUrl() + "/api/rooms"))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString("{}"));
        if (forwardedFor != null) {
            request.header("X-Forwarded-For", forwardedFor);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** A Vert.x for test sockets, closed with the test. */
    private static final class Clients implements AutoCloseable {
        final Vertx vertx = Vertx.vertx();

        @Override
        public void close() throws Exception {
            vertx.close().toCompletionStage().toCompletableFuture().get(30, TimeUnit.SECONDS);
        }
    }
}
