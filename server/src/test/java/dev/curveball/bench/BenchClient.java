package dev.curveball.bench;

import com.fasterxml.jackson.databind.JsonNode;
import dev.curveball.protocol.Codec;
import dev.curveball.protocol.ot.TextOperation;
import dev.curveball.testing.OtClient;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.http.ClientWebSocket;
import io.vertx.core.http.WebSocketClient;
import io.vertx.core.http.WebSocketConnectOptions;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * One simulated person typing into a room's shared notes through a real WebSocket and a real OT client. Everything
 * it owns runs on its socket's event loop. Keystrokes are timed from the moment they are typed to the moment the
 * other person's socket receives the edit that carries them.
 */
final class BenchClient {
    /** Keystroke times (nanoTime) per sent edit, keyed "client#clientSeq"; read by the receiving client. */
    static final Map<String, long[]> SENT = new ConcurrentHashMap<>();

    private Latencies latencies = new Latencies();
    final AtomicLong typed = new AtomicLong();
    final AtomicLong delivered = new AtomicLong();
    final AtomicLong errors = new AtomicLong();
    private final String name;
    private final ArrayDeque<Long> unsent = new ArrayDeque<>();
    private ClientWebSocket socket;
    private OtClient ot;
    private String clientId;
    private long timer = -1;
    private volatile boolean measuring;

    BenchClient(String name) {
        this.name = name;
    }

    Future<Void> join(Vertx vertx, WebSocketClient client, String host, int port, String room, String token) {
        Promise<Void> welcomed = Promise.promise();
        socket = client.webSocket();
        socket.textMessageHandler(frame -> onFrame(frame, welcomed));
        socket.connect(new WebSocketConnectOptions().setHost(host).setPort(port).setURI("/ws"))
            .onSuccess(ws -> {
                ws.writeTextMessage("{\"type\":\"hello\",\"protocol\":1,\"room\":\"" + room + "\",\"token\":\"" + token
                    + "\",\"name\":\"" + name + "\"}");
            })
            .onFailure(welcomed::tryFail);
        return welcomed.future();
    }

    /**
     * Types one character every {@code periodMs} milliseconds, the first after {@code offsetMs}, until
     * {@link #stopTyping}. People do not type in step: spreading the offsets over a period keeps the load a steady
     * rate rather than a burst of every keystroke at once.
     */
    void startTyping(Vertx vertx, long offsetMs, long periodMs) {
        timer = vertx.setPeriodic(Math.max(1, offsetMs), periodMs, id -> type());
    }

    void stopTyping(Vertx vertx) {
        if (timer >= 0) {
            vertx.cancelTimer(timer);
        }
    }

    void measure(boolean on) {
        measuring = on;
    }

    /** The latencies measured since the last call, and a fresh start for the next measurement. */
    synchronized Latencies takeLatencies() {
        Latencies taken = latencies;
        latencies = new Latencies();
        return taken;
    }

    synchronized boolean synced() {
        return ot != null && ot.synced() && unsent.isEmpty();
    }

    synchronized long rev() {
        return ot == null ? -1 : ot.rev();
    }

    void close() {
        socket.close();
    }

    private synchronized void type() {
        String text = ot.text();
        unsent.add(System.nanoTime());
        typed.incrementAndGet();
        ot.edit(TextOperation.builder().retain(text.length()).insert(name.substring(0, 1)).build());
    }

    private synchronized void onFrame(String frame, Promise<Void> welcomed) {
        if (ot != null) {
            onEvent(frame);
            return;
        }
        JsonNode message;
        try {
            message = Codec.mapper().readTree(frame);
        } catch (Exception e) {
            errors.incrementAndGet();
            return;
        }
        switch (message.path("type").asText()) {
            case "welcome" -> {
                JsonNode shared = message.at("/room/notes/shared");
                clientId = "c-" + name;
                ot = new OtClient(clientId, shared.path("rev").asLong(), shared.path("text").asText(), this::send);
                welcomed.tryComplete();
            }
            case "error" -> errors.incrementAndGet();
            default -> { }
        }
    }

    /** Reads a frame after the welcome with a streaming parser: the generator must cost the machine little. */
    private void onEvent(String frame) {
        NotesFrame edit;
        try {
            edit = NotesFrame.read(frame);
        } catch (IOException e) {
            errors.incrementAndGet();
            return;
        }
        if (edit == null) {
            return;
        }
        if (edit.error()) {
            errors.incrementAndGet();
            return;
        }
        if (!edit.client().equals(clientId)) {
            long[] keystrokes = SENT.remove(edit.client() + "#" + edit.clientSeq());
            if (keystrokes != null) {
                long now = System.nanoTime();
                delivered.addAndGet(keystrokes.length);
                if (measuring) {
                    for (long typedAt : keystrokes) {
                        latencies.add((now - typedAt) / 1000);
                    }
                }
            }
        }
        ot.receive(edit.rev(), edit.op(), edit.client(), edit.clientSeq());
    }

    /** Called by the OT client when an edit leaves: every keystroke typed since the last one rides on it. */
    private void send(long rev, TextOperation op, long clientSeq) {
        List<Long> riding = new ArrayList<>(unsent);
        unsent.clear();
        long[] times = riding.stream().mapToLong(Long::longValue).toArray();
        SENT.put(clientId + "#" + clientSeq, times);
        socket.writeTextMessage("{\"type\":\"notes.op\",\"doc\":\"shared\",\"rev\":" + rev + ",\"op\":"
            + NotesFrame.json(op) + ",\"client\":\"" + clientId + "\",\"clientSeq\":" + clientSeq + "}");
    }
}
