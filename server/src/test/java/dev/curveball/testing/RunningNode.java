package dev.curveball.testing;

import dev.curveball.config.Setting;
import io.vertx.core.Vertx;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * One real node for a test class, and a Vert.x for its clients:
 * {@code @RegisterExtension static final RunningNode node = new RunningNode();}
 */
public final class RunningNode implements BeforeAllCallback, AfterAllCallback {
    private final Map<Setting, String> settings;
    private TestNode node;
    private Vertx vertx;

    public RunningNode() {
        this(Map.of());
    }

    public RunningNode(Map<Setting, String> settings) {
        this.settings = Map.copyOf(settings);
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        node = TestNode.start(settings);
        vertx = Vertx.vertx();
    }

    @Override
    public void afterAll(ExtensionContext context) throws Exception {
        vertx.close().toCompletionStage().toCompletableFuture().get(30, TimeUnit.SECONDS);
        node.close();
    }

    /** The Vert.x that test clients (WebSockets) run on. */
    public Vertx vertx() {
        return vertx;
    }

    /** The node itself, for tests that look inside it (its Hazelcast member). */
    public TestNode node() {
        return node;
    }

    public int port() {
        return node.port();
    }

    public String baseUrl() {
        return node.baseUrl();
    }

    public CreatedRoom createRoom(String json) {
        return node.createRoom(json);
    }

    public HttpResponse<String> post(String path, String body) {
        return node.post(path, body);
    }

    public HttpResponse<String> get(String path) {
        return node.get(path);
    }

    public HttpResponse<String> get(String path, String authorization) {
        return node.get(path, authorization);
    }
}
