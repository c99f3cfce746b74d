package dev.curveball.testing;

import dev.curveball.CurveballNode;
import dev.curveball.config.Config;
import dev.curveball.config.ConfigLoader;
import dev.curveball.config.Setting;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

/** A real Curveball node on loopback, with its own embedded Hazelcast, for one test class. */
public final class TestNode implements AutoCloseable {
    /**
     * Every test client comes from 127.0.0.1, so limits per client address would make unrelated tests of a class (or
     * a benchmark's hundreds of rooms) share one allowance. Nodes in tests lift them; the tests of those limits set
     * their own.
     */
    public static final Map<Setting, String> LOOPBACK_ALLOWANCES = Map.of(
        Setting.ROOMS_PER_MINUTE_PER_ADDRESS, "1000000",
        Setting.MAX_MESSAGES_PER_SECOND_PER_ADDRESS, "1000000",
        Setting.MESSAGE_BURST_PER_ADDRESS, "1000000");
    private final CurveballNode node;
    private final HttpClient http = HttpClient.newHttpClient();

    private TestNode(CurveballNode node) {
        this.node = node;
    }

    public static TestNode start() {
        return start(Map.of());
    }

    public static TestNode start(Map<Setting, String> overrides) {
        Map<Setting, String> settings = new HashMap<>();
        settings.put(Setting.HOST, "127.0.0.1");
        settings.put(Setting.PORT, String.valueOf(freePort()));
        settings.put(Setting.CLUSTER_NAME, "test-" + UUID.randomUUID());
        settings.put(Setting.EVENT_LOOPS, "2");
        // Rooms in memory unless a test asks for a database: several nodes in one JVM cannot share one H2 file.
        settings.put(Setting.STORE, "memory");
        settings.putAll(LOOPBACK_ALLOWANCES);
        settings.putAll(overrides);
        List<String> args = new ArrayList<>();
        settings.forEach((setting, value) -> {
            args.add(setting.flag());
            args.add(value);
        });
        Config config = ConfigLoader.load(args.toArray(String[]::new), Map.of());
        try {
            return new TestNode(CurveballNode.start(config).toCompletionStage().toCompletableFuture()
                .get(60, TimeUnit.SECONDS));
        } catch (Exception e) {
            throw new IllegalStateException("test node did not start", e);
        }
    }

    public int port() {
        return node.port();
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + port();
    }

    public CurveballNode node() {
        return node;
    }

    /** Creates a room through the public HTTP API, as any client would. */
    public CreatedRoom createRoom(String json) {
        HttpResponse<String> response = post("/api/rooms", json);
        if (response.statusCode() != 201) {
            throw new IllegalStateException("room not created: " + response.statusCode() + " " + response.body());
        }
        return CreatedRoom.parse(response.body());
    }

    public HttpResponse<String> post(String path, String body) {
        return send(HttpRequest.newBuilder(URI.create(baseUrl() + path))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    /** A POST with an {@code Authorization} header, such as {@code "Bearer <organizer token>"} for a cohort. */
    public HttpResponse<String> post(String path, String body, String authorization) {
        return send(HttpRequest.newBuilder(URI.create(baseUrl() + path))
            .header("Content-Type", "application/json").header("Authorization", authorization)
            .POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    public HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(URI.create(baseUrl() + path)).GET().build());
    }

    /** A GET with an {@code Authorization} header, such as {@code "Bearer <resume secret>"} for a round's report. */
    public HttpResponse<String> get(String path, String authorization) {
        return send(HttpRequest.newBuilder(URI.create(baseUrl() + path)).header("Authorization", authorization)
            .GET().build());
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() throws Exception {
        node.stop().toCompletionStage().toCompletableFuture().get(30, TimeUnit.SECONDS);
    }

    /** Starts {@code count} nodes in this JVM that form one Hazelcast cluster on loopback. */
    public static List<TestNode> cluster(int count, Map<Setting, String> overrides) {
        String name = "test-cluster-" + UUID.randomUUID();
        List<Integer> hazelcastPorts = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            hazelcastPorts.add(freePort());
        }
        String members = String.join(",", hazelcastPorts.stream().map(p -> "127.0.0.1:" + p).toList());
        List<TestNode> nodes = new ArrayList<>();
        for (int port : hazelcastPorts) {
            Map<Setting, String> settings = new HashMap<>(overrides);
            settings.put(Setting.CLUSTER_NAME, name);
            settings.put(Setting.HAZELCAST_PORT, String.valueOf(port));
            settings.put(Setting.CLUSTER_MEMBERS, members);
            nodes.add(start(settings));
        }
        return nodes;
    }

    public static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
