package dev.curveball.testing;

import org.awaitility.Awaitility;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.curveball.protocol.Codec;
import io.vertx.core.Vertx;
import io.vertx.core.http.ClientWebSocket;
import io.vertx.core.http.WebSocketClient;
import io.vertx.core.http.WebSocketClientOptions;
import io.vertx.core.http.WebSocketConnectOptions;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;

/**
 * A raw WebSocket client that keeps every text frame it receives, so tests can assert on exactly what crossed the
 * wire, and waits for frames by condition rather than by time.
 */
public final class WsClient implements AutoCloseable {
    public static final Duration PATIENCE = Duration.ofSeconds(10);

    private final ClientWebSocket socket;
    /**
     * Held for as long as this client lives: Vert.x closes a WebSocketClient that becomes unreachable, and its
     * sockets with it (status 1000), so a socket whose client was only a local variable died at the next GC.
     */
    private final WebSocketClient client;
    private final List<String> frames = new CopyOnWriteArrayList<>();
    private final AtomicLong nextId = new AtomicLong(1);
    private volatile Short closeStatus;
    private volatile String closeReason;
    private volatile String extensions;

    private WsClient(WebSocketClient client, ClientWebSocket socket) {
        this.client = client;
        this.socket = socket;
    }

    public static WsClient connect(Vertx vertx, int port) {
        return connect(vertx, port, new WebSocketClientOptions());
    }

    public static WsClient connect(Vertx vertx, int port, WebSocketClientOptions options) {
        return connect(vertx, port, options, frame -> { });
    }

    /** Connects with a listener that sees every text frame, on the socket's event loop, after it is recorded. */
    public static WsClient connect(Vertx vertx, int port, WebSocketClientOptions options,
                                   java.util.function.Consumer<String> listener) {
        return connect(vertx, port, options, listener, code -> { });
    }

    /** The same, and {@code onClose} hears the close status when the socket closes, whoever closed it. */
    public static WsClient connect(Vertx vertx, int port, WebSocketClientOptions options,
                                   java.util.function.Consumer<String> listener,
                                   java.util.function.Consumer<Short> onClose) {
        WebSocketClient client = vertx.createWebSocketClient(options.setMaxFrameSize(1 << 20)
            .setMaxMessageSize(1 << 22));
        ClientWebSocket socket = client.webSocket();
        WsClient ws = new WsClient(client, socket);
        // Handlers go on before connecting, or the first frame could arrive with nobody listening.
        socket.textMessageHandler(frame -> {
            ws.frames.add(frame);
            listener.accept(frame);
        });
        socket.closeHandler(v -> {
            ws.closeReason = socket.closeReason();
            ws.closeStatus = socket.closeStatusCode() == null ? -1 : socket.closeStatusCode();
            onClose.accept(ws.closeStatus);
        });
        try {
            socket.connect(new WebSocketConnectOptions().setHost("127.0.0.1").setPort(port).setURI("/ws"))
                .onSuccess(connected -> ws.extensions = connected.headers().get("sec-websocket-extensions"))
                .toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("could not connect", e);
        }
        return ws;
    }

    /** Connects and joins; returns once the {@code welcome} arrived. */
    public static WsClient join(Vertx vertx, int port, String room, String token, String name) {
        WsClient ws = connect(vertx, port);
        ws.hello(room, token, name);
        ws.awaitType("welcome");
        return ws;
    }

    public void hello(String room, String token, String name) {
        send("{\"type\":\"hello\",\"protocol\":1,\"room\":\"" + room + "\",\"token\":\"" + token
            + "\",\"name\":\"" + name + "\"}");
    }

    public void send(String frame) {
        socket.writeTextMessage(frame);
    }

    public void sendBinary(io.vertx.core.buffer.Buffer bytes) {
        socket.writeBinaryMessage(bytes);
    }

    /** Sends a command with a fresh id and returns the id. */
    public long command(String type, String extraFields) {
        long id = nextId.getAndIncrement();
        send("{\"type\":\"" + type + "\",\"id\":" + id + (extraFields.isEmpty() ? "" : "," + extraFields) + "}");
        return id;
    }

    public long command(String type) {
        return command(type, "");
    }

    public List<String> frames() {
        return List.copyOf(frames);
    }

    public List<JsonNode> messages() {
        return frames.stream().map(WsClient::parse).toList();
    }

    public List<JsonNode> messages(String type) {
        return messages().stream().filter(m -> type.equals(m.path("type").asText())).toList();
    }

    public JsonNode await(Predicate<JsonNode> condition) {
        return Awaitility.await().atMost(PATIENCE).until(() -> find(condition), Optional::isPresent).orElseThrow();
    }

    public JsonNode awaitType(String type) {
        return await(m -> type.equals(m.path("type").asText()));
    }

    /** The message answering the command with this id: an {@code ack}, an {@code error}, or a reply such as {@code notes.doc}. */
    public JsonNode awaitAnswer(long id) {
        return await(m -> m.path("id").asLong(-1) == id);
    }

    public JsonNode awaitEvent(String kind) {
        return await(m -> "event".equals(m.path("type").asText()) && kind.equals(m.at("/event/kind").asText()));
    }

    public JsonNode welcome() {
        return awaitType("welcome");
    }

    public short awaitClose() {
        Awaitility.await().atMost(PATIENCE).until(() -> closeStatus != null);
        return closeStatus;
    }

    /** The reason the closing side gave, once closed; null before. */
    public String closeReason() {
        return closeReason;
    }

    public boolean closed() {
        return closeStatus != null;
    }

    /** The extensions the server agreed to in the handshake, or null. */
    public String negotiatedExtensions() {
        return extensions;
    }

    private Optional<JsonNode> find(Predicate<JsonNode> condition) {
        return frames.stream().map(WsClient::parse).filter(condition).findFirst();
    }

    static JsonNode parse(String frame) {
        try {
            return Codec.mapper().readTree(frame);
        } catch (Exception e) {
            ObjectNode broken = Codec.mapper().createObjectNode();
            broken.put("type", "unparseable");
            broken.put("raw", frame);
            return broken;
        }
    }

    @Override
    public void close() {
        if (closeStatus == null) {
            socket.close().onComplete(done -> client.close());
        } else {
            client.close();
        }
    }
}
