package dev.curveball.transport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.curveball.protocol.Codec;
import dev.curveball.testing.BrowserClock;
import dev.curveball.testing.CreatedRoom;
import dev.curveball.testing.RunningNode;
import dev.curveball.testing.WsClient;
import io.vertx.core.http.WebSocketClientOptions;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Screens whose clocks are minutes off still show the same remaining time. Each screen pings the node over a real
 * WebSocket from its own skewed clock; the browser's own {@code clock.js} estimates the offset from those samples and
 * its {@code time.js} draws the timer ({@link BrowserClock} runs them in Node.js), so what is tested is what the
 * browser runs.
 */
class SkewedClocksTest {
    /** What "the same remaining time" means in the issue: every screen within this of every other. */
    private static final long TOLERANCE_MS = 250;
    private static final long FIVE_MINUTES = 5 * 60_000;
    /** More than clock.js keeps (8), so its window of recent samples is part of what is tested. */
    private static final int PINGS = 12;

    @RegisterExtension
    static final RunningNode node = new RunningNode();

    private static final BrowserClock BROWSER = BrowserClock.load();

    /** A browser tab whose local clock is the real one plus {@code skewMs}. */
    private static final class SkewedClient {
        final String name;
        final long skewMs;
        final WsClient socket;
        /** Every answered ping, in arrival order; written on the socket's event loop. */
        final List<BrowserClock.Sample> samples = new CopyOnWriteArrayList<>();
        volatile long welcomeAt;

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
            JsonNode message = parse(frame);
            switch (message.path("type").asText()) {
                case "welcome" -> welcomeAt = receivedAt;
                case "pong" -> samples.add(new BrowserClock.Sample(message.path("t").asLong(),
                    message.path("serverTime").asLong(), receivedAt));
                default -> { }
            }
        }

        void calibrate() {
            for (int i = 0; i < PINGS; i++) {
                int expected = samples.size() + 1;
                socket.send("{\"type\":\"ping\",\"t\":" + localNow() + "}");
                Awaitility.await().atMost(WsClient.PATIENCE).until(() -> samples.size() >= expected);
            }
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

        /** This screen at the real instant {@code realMillis}, for the browser's clock code. */
        BrowserClock.Screen at(long realMillis) {
            return new BrowserClock.Screen(name, socket.welcome().path("serverTime").asLong(), welcomeAt,
                List.copyOf(samples), localAt(realMillis), timer());
        }

        private static JsonNode parse(String frame) {
            try {
                return Codec.mapper().readTree(frame);
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("not JSON: " + frame, e);
            }
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
        Map<String, BrowserClock.Shown> calibrated = show(screens, System.currentTimeMillis());
        for (SkewedClient screen : screens) {
            BrowserClock.Shown shown = calibrated.get(screen.name);
            assertTrue(shown.roundTripMs() < TOLERANCE_MS, screen.name + " measured a round trip of "
                + shown.roundTripMs() + " ms");
            assertTrue(Math.abs(shown.offsetMs() + screen.skewMs) < TOLERANCE_MS,
                screen.name + " estimated the offset of its own skew: " + shown.offsetMs());
        }

        long startedAt = System.currentTimeMillis();
        long started = ada.socket.awaitAnswer(ada.socket.command("timer.start")).path("seq").asLong();
        awaitSeq(screens, started);
        long phase0 = ada.timer().path("durationMs").asLong();
        assertSameRemaining(screens, "running, first phase");
        long shownByAda = show(List.of(ada), System.currentTimeMillis()).get("Ada").remainingMs();
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
        Map<String, BrowserClock.Shown> shown = show(screens, System.currentTimeMillis());
        Map<String, Long> remaining = new LinkedHashMap<>();
        shown.forEach((name, s) -> remaining.put(name, s.remainingMs()));
        long spread = spread(remaining.values().stream().toList());
        assertTrue(spread <= TOLERANCE_MS, when + ": the screens show " + remaining);

        boolean running = "running".equals(screens.get(0).timer().path("state").asText());
        if (running) {
            long naiveSpread = spread(shown.values().stream().map(BrowserClock.Shown::naiveRemainingMs).toList());
            assertTrue(naiveSpread > 2 * FIVE_MINUTES - TOLERANCE_MS, when + ": uncorrected, they would differ by "
                + naiveSpread + " ms");
        }
    }

    private static Map<String, BrowserClock.Shown> show(List<SkewedClient> screens, long realMillis) {
        return BROWSER.show(screens.stream().map(s -> s.at(realMillis)).toList());
    }

    private static long spread(List<Long> values) {
        return values.stream().mapToLong(Long::longValue).max().orElseThrow()
            - values.stream().mapToLong(Long::longValue).min().orElseThrow();
    }

    /** Waits until every screen has received the events up to {@code seq} (all of them go to everyone). */
    private static void awaitSeq(List<SkewedClient> screens, long seq) {
        for (SkewedClient screen : screens) {
            screen.socket.await(m -> "event".equals(m.path("type").asText()) && m.path("seq").asLong() >= seq);
        }
    }
}
