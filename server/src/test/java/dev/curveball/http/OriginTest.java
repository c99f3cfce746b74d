package dev.curveball.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import com.fasterxml.jackson.databind.JsonNode;
import dev.curveball.config.Setting;
import dev.curveball.protocol.Codec;
import dev.curveball.store.HazelcastRoomStore;
import dev.curveball.testing.TestNode;
import io.vertx.core.Vertx;
import io.vertx.core.http.UpgradeRejectedException;
import io.vertx.core.http.WebSocketConnectOptions;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A page on another site can neither create rooms nor open sockets here; tools and the server's own pages can. */
class OriginTest {
    private static final String ALLOWED = "https://practice.example.org";
    private static final String PUBLIC = "https://curveball.example.org";
    private static TestNode node;
    private static Vertx vertx;
    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    static void start() {
        node = TestNode.start(Map.of(Setting.ALLOWED_ORIGINS, ALLOWED + ", http://localhost:3000/",
            Setting.PUBLIC_URL, PUBLIC));
        vertx = Vertx.vertx();
    }

    @AfterAll
    static void stop() throws Exception {
        vertx.close().toCompletionStage().toCompletableFuture().get(30, TimeUnit.SECONDS);
        node.close();
    }

    @Test
    void aCrossSiteTextPlainPostCreatesNoRoomAndGets403Forbidden() throws Exception {
        int before = rooms();

        HttpResponse<String> refused = post("https://evil.example", "text/plain", "{}");

        assertEquals(403, refused.statusCode());
        JsonNode body = Codec.mapper().readTree(refused.body());
        assertEquals("forbidden", body.path("code").asText());
        assertEquals(before, rooms(), "no room was created");
    }

    @Test
    void aPostFromTheSameHostAnotherPortOrAnOpaqueOriginIsRefused() throws Exception {
        assertEquals(403, post("http://127.0.0.1:1", "application/json", "{}").statusCode());
        assertEquals(403, post("null", "application/json", "{}").statusCode());
        assertEquals(403, post(null, "application/json", "{\"token\":\"x\"}", "/api/rooms/abcdefghij/links/check",
            "http://evil.example").statusCode(), "every POST, not only room creation");
    }

    @Test
    void sameOriginConfiguredOriginsAndClientsWithoutOriginCreateRooms() throws Exception {
        assertEquals(201, post(null, "application/json", "{}").statusCode());
        assertEquals(201, post(node.baseUrl(), "application/json", "{}").statusCode());
        assertEquals(201, post(ALLOWED, "application/json", "{}").statusCode());
        assertEquals(201, post("http://LOCALHOST:3000", "application/json", "{}").statusCode());
        assertEquals(201, post(PUBLIC + ":443", "application/json", "{}").statusCode());
    }

    @Test
    void aSocketFromAnotherSiteIsRefusedAtTheUpgrade() throws Exception {
        ExecutionException refused = org.junit.jupiter.api.Assertions.assertThrows(ExecutionException.class,
            () -> connect("https://evil.example"));

        UpgradeRejectedException rejection = assertInstanceOf(UpgradeRejectedException.class, refused.getCause());
        assertEquals(403, rejection.getStatus());
    }

    @Test
    void aSocketFromTheServersOwnPageAConfiguredOriginOrNoOriginOpens() throws Exception {
        connect(node.baseUrl());
        connect(ALLOWED);
        connect(null);
    }

    @Test
    void aPageOfAnotherNodeOfTheClusterMayPostAndConnectAlsoOnceThatNodeIsGone() throws Exception {
        List<TestNode> cluster = new java.util.ArrayList<>(TestNode.cluster(2, Map.of()));
        try {
            TestNode a = cluster.get(0);
            TestNode b = cluster.get(1);
            // A page loaded from node A reconnects to node B when A goes away, and may create a room there.
            HttpResponse<String> created = http.send(HttpRequest.newBuilder(URI.create(b.baseUrl() + "/api/rooms"))
                .header("Content-Type", "application/json").header("Origin", a.baseUrl())
                .POST(HttpRequest.BodyPublishers.ofString("{\"title\":\"Across nodes\"}")).build(),
                HttpResponse.BodyHandlers.ofString());
            assertEquals(201, created.statusCode(), created.body());
            var socket = vertx.createWebSocketClient().connect(new WebSocketConnectOptions().setHost("127.0.0.1")
                    .setPort(b.port()).setURI("/ws").addHeader("Origin", a.baseUrl()))
                .toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
            socket.close();

            a.close();
            cluster.remove(a);
            // Node A has left the directory, and that is exactly when its pages come to node B.
            HttpResponse<String> afterA = http.send(HttpRequest.newBuilder(URI.create(b.baseUrl() + "/api/rooms"))
                .header("Content-Type", "application/json").header("Origin", a.baseUrl())
                .POST(HttpRequest.BodyPublishers.ofString("{}")).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(201, afterA.statusCode(), afterA.body());
        } finally {
            for (TestNode node : cluster) {
                node.close();
            }
        }
    }

    private void connect(String origin) throws Exception {
        WebSocketConnectOptions options = new WebSocketConnectOptions().setHost("127.0.0.1").setPort(node.port())
            .setURI("/ws");
        if (origin != null) {
            options.addHeader("Origin", origin);
        }
        var socket = vertx.createWebSocketClient().connect(options)
            .toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
        socket.writeTextMessage("{\"type\":\"ping\",\"t\":1}");
        socket.close();
    }

    private int rooms() {
        return node.node().hazelcast().getMap(HazelcastRoomStore.MAP_NAME).size();
    }

    private HttpResponse<String> post(String origin, String contentType, String body) throws Exception {
        return post(null, contentType, body, "/api/rooms", origin);
    }

    private HttpResponse<String> post(String unused, String contentType, String body, String path, String origin)
        throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(node.baseUrl() + path))
            .header("Content-Type", contentType)
            .POST(HttpRequest.BodyPublishers.ofString(body));
        if (origin != null) {
            request.header("Origin", origin);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
