package dev.curveball.transport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.curveball.protocol.Codec;
import dev.curveball.testing.CreatedRoom;
import dev.curveball.testing.RunningNode;
import dev.curveball.testing.WsClient;
import io.vertx.core.http.WebSocketClientOptions;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Screens whose clocks are minutes off still show the same remaining time: each client estimates its offset from
 * the server with ping/pong, exactly as the browser's {@code clock.js} does (Cristian's algorithm, the sample with
 * the smallest round trip wins), and draws the timer as {@code remainingMs - (serverNow - since)}.
 */
class SkewedClocksTest {
    /** What "the same remaining time" means in the issue: every screen within this of every other. */
    private static final long TOLERANCE_MS = 250;
    private static final long FIVE_MINUTES = 5 * 60_000;
    private static final int PINGS = 5;

    @RegisterExtension
    static final RunningNode node = new RunningNode();

    /** A browser tab whose local clock is the real one plus {@code skewMs}. */
    private static final class SkewedClient {
        final String name;
        final long skewMs;
        final WsClient socket;
        /** The best (smallest round trip) sample so far, as {@code {rtt, offset}}; written on the event loop. */
        volatile long[] best;
        final AtomicInteger samples = new AtomicInteger();

        SkewedClient(String name, long skewMs, CreatedRoom room, String token) {
            this.name = name;
            this.skewMs = skewMs;
            this.socket = WsClient.connect(node.vertx(), node.port(), new WebSocketClientOptions(), this::onFrame);
            socket.hello(room.id(), token, name);
            socket.welcome();
        }

        long localNow() {
            return localAt(System.currentTimeMillis());
        }

        long localAt(long realMillis) {
            return realMillis + skewMs;
        }

        /** Runs on the socket's event loop the moment a frame arrives, so the receive time is the real one. */
        private void onFrame(String frame) {
            long receivedAt = localNow();
            JsonNode pong = parse(frame);
            if (!"pong".equals(pong.path("type").asText())) {
                return;
            }
            long sentAt = pong.path("t").asLong();
            long rtt = receivedAt - sentAt;
            double offset = pong.path("serverTime").asLong() - (sentAt + receivedAt) / 2.0;
            if (rtt >= 0 && (best == null || rtt < best[0])) {
                best = new long[] {rtt, Math.round(offset)};
            }
            samples.incrementAndGet();
        }

        void calibrate() {
            for (int i = 0; i < PINGS; i++) {
                int expected = samples.get() + 1;
                socket.send("{\"type\":\"ping\",\"t\":" + localNow() + "}");
                Awaitility.await().atMost(WsClient.PATIENCE).until(() -> samples.get() >= expected);
            }
            assertTrue(best != null && best[0] < TOLERANCE_MS, name + " measured a round trip of " + best[0] + " ms");
        }

        /** The timer as this client last heard of it: the welcome's, then every {@code timer.changed}. */
        JsonNode timer() {
            JsonNode latest = socket.welcome().at("/room/timer");
            for (JsonNode m : socket.messages()) {
                if ("timer.changed".equals(m.at("/event/kind").asText())) {
                    latest = m.at("/event/timer");
                } else if ("snapshot".equals(m.path("type").asText())) {
                    latest = m.at("/room/timer");
                }
            }
            return latest;
        }

        /** What this screen shows at the real instant {@code realMillis}, drawn from its own clock and offset. */
        long remainingAt(long realMillis) {
            return remaining(timer(), localAt(realMillis) + best[1]);
        }

        long remainingIgnoringOffsetAt(long realMillis) {
            return remaining(timer(), localAt(realMillis));
        }

        private static JsonNode parse(String frame) {
            try {
                return Codec.mapper().readTree(frame);
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("not JSON: " + frame, e);
            }
        }

        private static long remaining(JsonNode timer, long serverNow) {
            long remaining = timer.path("remainingMs").asLong();
            return "running".equals(timer.path("state").asText())
                ? remaining - (serverNow - timer.path("since").asLong())
                : remaining;
        }
    }

    @Test
    void screensWithClocksFiveMinutesOffShowTheSameRemainingTimeIncludingALateJoinerAfterAPhaseChange() {
        CreatedRoom room = node.createRoom(
            "{\"promptId\":\"card-fraud-detection\",\"mode\":\"group\",\"creatorSeat\":\"interviewer\"}");
        List<SkewedClient> screens = new ArrayList<>(List.of(
            new SkewedClient("Ada", 0, room, room.hostToken()),
            new SkewedClient("Bo", -FIVE_MINUTES, room, room.inviteToken()),
            new SkewedClient("Cy", FIVE_MINUTES, room, room.inviteToken())));
        screens.forEach(SkewedClient::calibrate);
        SkewedClient ada = screens.get(0);
        for (SkewedClient screen : screens) {
            assertTrue(Math.abs(screen.best[1] + screen.skewMs) < TOLERANCE_MS,
                screen.name + " estimated the offset of its own skew: " + screen.best[1]);
        }

        long startedAt = System.currentTimeMillis();
        long started = ada.socket.awaitAnswer(ada.socket.command("timer.start")).path("seq").asLong();
        awaitSeq(screens, started);
        long phase0 = ada.timer().path("durationMs").asLong();
        assertSameRemaining(screens, "running, first phase");
        long shownByAda = ada.remainingAt(System.currentTimeMillis());
        assertTrue(shownByAda <= phase0 && shownByAda >= phase0 - (System.currentTimeMillis() - startedAt)
            - TOLERANCE_MS, "the time shown is the phase's time left: " + shownByAda + " of " + phase0);

        long moved = ada.socket.awaitAnswer(ada.socket.command("timer.next")).path("seq").asLong();
        awaitSeq(screens, moved);
        assertEquals(1, ada.timer().path("phase").asInt());
        assertSameRemaining(screens, "running, second phase");

        SkewedClient late = new SkewedClient("Di", -FIVE_MINUTES - 1_234, room, room.inviteToken());
        late.calibrate();
        screens.add(late);
        assertEquals(1, late.timer().path("phase").asInt(), "the late joiner's snapshot holds the phase change");
        assertSameRemaining(screens, "running, with a late joiner");

        long paused = ada.socket.awaitAnswer(ada.socket.command("timer.pause")).path("seq").asLong();
        awaitSeq(screens, paused);
        assertSameRemaining(screens, "paused");
        long resumed = ada.socket.awaitAnswer(ada.socket.command("timer.resume")).path("seq").asLong();
        awaitSeq(screens, resumed);
        assertSameRemaining(screens, "resumed");

        screens.forEach(s -> s.socket.close());
    }

    /**
     * Evaluates every screen at the same real instant. Without the offset the skewed screens would be minutes
     * apart, which shows that the agreement comes from the correction and not from the clocks.
     */
    private static void assertSameRemaining(List<SkewedClient> screens, String when) {
        long now = System.currentTimeMillis();
        Map<String, Long> shown = new LinkedHashMap<>();
        screens.forEach(screen -> shown.put(screen.name, screen.remainingAt(now)));
        long spread = shown.values().stream().mapToLong(Long::longValue).max().orElseThrow()
            - shown.values().stream().mapToLong(Long::longValue).min().orElseThrow();
        assertTrue(spread <= TOLERANCE_MS, when + ": the screens show " + shown);

        boolean running = "running".equals(screens.get(0).timer().path("state").asText());
        if (running) {
            long naiveSpread = screens.stream().mapToLong(s -> s.remainingIgnoringOffsetAt(now)).max().orElseThrow()
                - screens.stream().mapToLong(s -> s.remainingIgnoringOffsetAt(now)).min().orElseThrow();
            assertTrue(naiveSpread > 2 * FIVE_MINUTES - TOLERANCE_MS, when + ": uncorrected, they would differ by "
                + naiveSpread + " ms");
        }
    }

    /** Waits until every screen has received the events up to {@code seq} (all of them go to everyone). */
    private static void awaitSeq(List<SkewedClient> screens, long seq) {
        for (SkewedClient screen : screens) {
            screen.socket.await(m -> "event".equals(m.path("type").asText()) && m.path("seq").asLong() >= seq);
        }
    }
}
