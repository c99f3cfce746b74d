package dev.curveball.testing;

import com.fasterxml.jackson.databind.JsonNode;
import dev.curveball.protocol.Codec;
import dev.curveball.protocol.ot.TextOperation;
import io.vertx.core.Vertx;
import io.vertx.core.http.WebSocketClientOptions;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A participant typing into the shared notes over a real WebSocket: random inserts (each a unique token) and
 * deletes at random moments, through an {@link OtClient}, with the ability to drop its connection and come back.
 * Thread-safe: the socket's event loop and the typing timer both go through its lock.
 */
public final class NotesTyper {
    /** One {@code notes.op} event as this typer received it. */
    public record SeenEdit(long rev, String client, long clientSeq, TextOperation op) {
    }

    private final Vertx vertx;
    private final int port;
    private final String room;
    private final String token;
    private final String name;
    private final Random random;
    private final List<SeenEdit> seen = new ArrayList<>();
    private final List<JsonNode> errors = new ArrayList<>();
    private final List<Long> eventSeqs = new ArrayList<>();
    private final List<Short> closes = new ArrayList<>();
    private final List<Long> inFlightAtClose = new ArrayList<>();
    private final List<Long> resent = new ArrayList<>();
    private List<Integer> failoverPorts = List.of();
    private boolean leaving;
    private OtClient ot;
    private WsClient socket;
    private String secret;
    private long lastSeq;
    private int typed;

    public NotesTyper(Vertx vertx, int port, String room, String token, String name, long seed) {
        this.vertx = vertx;
        this.port = port;
        this.room = room;
        this.token = token;
        this.name = name;
        this.random = new Random(seed);
    }

    /** Joins the room (as a returning participant when {@code resumeSecret} is given) and waits for the welcome. */
    public NotesTyper join(String resumeSecret) {
        secret = resumeSecret;
        connect(port, null);
        socket.awaitType("welcome");
        return this;
    }

    /**
     * When the server closes the socket (its node died or is leaving), come back through these nodes in turn with
     * the resume secret and the last seq seen, as the web client does.
     */
    public synchronized NotesTyper failoverTo(List<Integer> ports) {
        failoverPorts = List.copyOf(ports);
        return this;
    }

    /** Every event seq this typer received, in order, across reconnects. */
    public synchronized List<Long> eventSeqs() {
        return List.copyOf(eventSeqs);
    }

    /** The client seq of the edit that was sent and unacknowledged when a socket went away under this typer. */
    public synchronized List<Long> inFlightAtClose() {
        return List.copyOf(inFlightAtClose);
    }

    /** The client seq of each edit sent again after a reconnect, because its acknowledgement never came. */
    public synchronized List<Long> resent() {
        return List.copyOf(resent);
    }

    /** Close codes of the sockets the server closed under this typer. */
    public synchronized List<Short> closes() {
        return List.copyOf(closes);
    }

    /**
     * Types {@code count} edits, one every 1 to {@code maxPauseMs} milliseconds, and returns at once. After
     * {@code reconnectAt} edits (if positive) it drops its connection and comes back, typing on meanwhile.
     */
    public void type(int count, int maxPauseMs, int reconnectAt) {
        schedule(count, maxPauseMs, reconnectAt);
    }

    private void schedule(int count, int maxPauseMs, int reconnectAt) {
        vertx.setTimer(1 + random.nextInt(maxPauseMs), id -> step(count, maxPauseMs, reconnectAt));
    }

    private void step(int count, int maxPauseMs, int reconnectAt) {
        int done;
        synchronized (this) {
            ot.edit(randomEdit(ot.text()));
            done = ++typed;
        }
        if (done == reconnectAt) {
            vertx.executeBlocking(() -> {
                reconnect();
                return null;
            }).onFailure(e -> {
                synchronized (this) {
                    errors.add(Codec.mapper().createObjectNode().put("reconnect", String.valueOf(e)));
                }
            });
        }
        if (done < count) {
            schedule(count, maxPauseMs, reconnectAt);
        }
    }

    public synchronized int typed() {
        return typed;
    }

    /** Drops the connection and comes back with the resume secret and the last seq seen. */
    public void reconnect() {
        WsClient old;
        long since;
        synchronized (this) {
            old = socket;
            since = lastSeq;
            leaving = true;
        }
        old.close();
        old.awaitClose();
        synchronized (this) {
            leaving = false;
        }
        connect(port, since);
        socket.await(m -> "welcome".equals(m.path("type").asText()));
    }

    private void onClosed(WsClient closed, short code) {
        List<Integer> ports;
        synchronized (this) {
            if (leaving || closed != socket) {
                return;
            }
            closes.add(code);
            ot.outstandingSeq().ifPresent(inFlightAtClose::add);
            ports = failoverPorts;
        }
        vertx.executeBlocking(() -> {
            for (int attempt = 0; attempt < 3 * ports.size(); attempt++) {
                int next = ports.get(attempt % ports.size());
                try {
                    long since;
                    synchronized (this) {
                        since = lastSeq;
                    }
                    connect(next, since);
                    socket.await(m -> "welcome".equals(m.path("type").asText()));
                    return null;
                } catch (RuntimeException e) {
                    // that node is not there (yet): try the next one
                }
            }
            throw new IllegalStateException("no node took the reconnect");
        }).onFailure(e -> {
            synchronized (this) {
                errors.add(Codec.mapper().createObjectNode().put("failover", String.valueOf(e)));
            }
        });
    }

    public synchronized boolean synced() {
        return ot != null && ot.synced();
    }

    public synchronized String text() {
        return ot.text();
    }

    public synchronized long rev() {
        return ot.rev();
    }

    public synchronized String clientId() {
        return ot.clientId();
    }

    public synchronized List<SeenEdit> seen() {
        return List.copyOf(seen);
    }

    public synchronized List<JsonNode> errors() {
        return List.copyOf(errors);
    }

    public synchronized String secret() {
        return secret;
    }

    public void close() {
        synchronized (this) {
            leaving = true;
        }
        socket.close();
    }

    public WsClient socket() {
        return socket;
    }

    private void connect(int target, Long since) {
        WsClient[] holder = new WsClient[1];
        WsClient next = WsClient.connect(vertx, target, new WebSocketClientOptions(), this::onFrame,
            code -> onClosed(holder[0], code));
        holder[0] = next;
        synchronized (this) {
            socket = next;
        }
        String resume = secret == null ? "" : ",\"resume\":{\"secret\":\"" + secret + "\""
            + (since == null ? "" : ",\"lastSeq\":" + since) + "}";
        next.send("{\"type\":\"hello\",\"protocol\":1,\"room\":\"" + room + "\",\"token\":\"" + token
            + "\",\"name\":\"" + name + "\"" + resume + "}");
    }

    private synchronized void onFrame(String frame) {
        JsonNode message = WsClient.parse(frame);
        String type = message.path("type").asText();
        if (message.has("seq") && !"ack".equals(type)) {
            lastSeq = Math.max(lastSeq, message.path("seq").asLong());
        }
        if ("event".equals(type)) {
            eventSeqs.add(message.path("seq").asLong());
        }
        switch (type) {
            case "welcome" -> onWelcome(message);
            case "event" -> onEvent(message.path("event"));
            case "error" -> errors.add(message);
            default -> { }
        }
    }

    private void onWelcome(JsonNode welcome) {
        secret = welcome.path("resume").asText();
        if (ot == null) {
            JsonNode shared = welcome.at("/room/notes/shared");
            String clientId = "c-" + name + "-" + Long.toHexString(random.nextLong());
            ot = new OtClient(clientId, shared.path("rev").asLong(), shared.path("text").asText(), this::send);
        } else {
            ot.outstandingSeq().ifPresent(resent::add);
            ot.reconnected();
        }
    }

    private void onEvent(JsonNode event) {
        if (!"notes.op".equals(event.path("kind").asText()) || !"shared".equals(event.path("doc").asText())) {
            return;
        }
        TextOperation op = Codec.mapper().convertValue(event.path("op"), TextOperation.class);
        SeenEdit edit = new SeenEdit(event.path("rev").asLong(), event.path("client").asText(),
            event.path("clientSeq").asLong(), op);
        seen.add(edit);
        ot.receive(edit.rev(), op, edit.client(), edit.clientSeq());
    }

    private void send(long rev, TextOperation op, long clientSeq) {
        String opJson = Codec.mapper().valueToTree(op).toString();
        socket.send("{\"type\":\"notes.op\",\"doc\":\"shared\",\"rev\":" + rev + ",\"op\":" + opJson
            + ",\"client\":\"" + ot.clientId() + "\",\"clientSeq\":" + clientSeq + "}");
    }

    /** Mostly inserts of a unique token, sometimes a short delete, never cutting a token in a way that matters. */
    private TextOperation randomEdit(String text) {
        int at = random.nextInt(text.length() + 1);
        if (text.length() > 10 && random.nextInt(4) == 0) {
            int length = Math.min(1 + random.nextInt(5), text.length() - at);
            if (length > 0) {
                return TextOperation.builder().retain(at).delete(length).retain(text.length() - at - length).build();
            }
        }
        String token = "<" + name + typed + ">";
        return TextOperation.builder().retain(at).insert(token).retain(text.length() - at).build();
    }
}
