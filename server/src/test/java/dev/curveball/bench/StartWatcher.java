package dev.curveball.bench;

import com.fasterxml.jackson.databind.JsonNode;
import dev.curveball.protocol.Codec;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.http.ClientWebSocket;
import io.vertx.core.http.WebSocketClient;
import io.vertx.core.http.WebSocketConnectOptions;
import java.io.IOException;
import java.net.URI;

/**
 * One cohort member's socket in the start measurement: it joins with the member's personal link and notes the
 * moment (nanoTime) its room's timer starts, which is when the member sees the interview begin.
 */
final class StartWatcher {
    private final Promise<Void> welcomed = Promise.promise();
    private final Promise<Long> started = Promise.promise();
    private ClientWebSocket socket;

    Future<Void> join(WebSocketClient client, URI node, BenchCohort.Member member) {
        socket = client.webSocket();
        // The handler goes on before connecting, or the welcome could arrive with nobody listening.
        socket.textMessageHandler(this::onFrame);
        socket.connect(new WebSocketConnectOptions().setHost(node.getHost()).setPort(node.getPort()).setURI("/ws"))
            .onSuccess(ws -> ws.writeTextMessage("{\"type\":\"hello\",\"protocol\":1,\"room\":\"" + member.room()
                + "\",\"token\":\"" + member.token() + "\",\"name\":\"watcher\"}"))
            .onFailure(welcomed::tryFail);
        return welcomed.future();
    }

    /** Completes with the nanoTime at which the room's {@code timer.changed} event with change "started" arrived. */
    Future<Long> started() {
        return started.future();
    }

    void close() {
        if (socket != null) {
            socket.close();
        }
    }

    private void onFrame(String frame) {
        long arrived = System.nanoTime();
        if (welcomed.future().isComplete() && !frame.contains("timer.changed")) {
            return; // only the timer matters here: skip parsing the rest
        }
        JsonNode message;
        try {
            message = Codec.mapper().readTree(frame);
        } catch (IOException e) {
            welcomed.tryFail(e);
            started.tryFail(e);
            return;
        }
        switch (message.path("type").asText()) {
            case "welcome" -> welcomed.tryComplete();
            case "error" -> welcomed.tryFail(new IllegalStateException("refused: " + frame));
            case "event" -> {
                if ("timer.changed".equals(message.at("/event/kind").asText())
                    && "started".equals(message.at("/event/change").asText())) {
                    started.tryComplete(arrived);
                }
            }
            default -> { }
        }
    }
}
