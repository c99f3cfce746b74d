package dev.curveball.claims;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.curveball.config.Setting;
import dev.curveball.testing.CreatedRoom;
import dev.curveball.testing.RunningNode;
import dev.curveball.testing.WsClient;
import java.time.Duration;
import java.util.Map;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** README: "--idle-timeout-seconds: a connection silent for this long is closed (clients ping every 2 s)". */
class IdleTimeoutTest {
    @RegisterExtension
    static final RunningNode node = new RunningNode(Map.of(Setting.IDLE_TIMEOUT_SECONDS, "2"));

    @Test
    void aSilentConnectionIsClosedAfterTheIdleTimeoutAndAPingingOneStaysOpen() {
        CreatedRoom room = node.createRoom("{}");
        try (WsClient silent = WsClient.join(node.vertx(), node.port(), room.id(), room.hostToken(), "Ada");
             WsClient pinging = WsClient.join(node.vertx(), node.port(), room.id(), room.inviteToken(), "Bo")) {
            long joined = System.nanoTime();
            long timer = node.vertx().setPeriodic(500, id -> pinging.send("{\"type\":\"ping\",\"t\":1}"));
            try {
                Awaitility.await().atMost(Duration.ofSeconds(10)).until(silent::closed);
                long seconds = Duration.ofNanos(System.nanoTime() - joined).toSeconds();
                assertTrue(seconds >= 1, "not before the timeout: closed after " + seconds + " s");
                // Eight more answers to pings sent every 500 ms: the pinging socket outlived two more timeouts.
                int pongs = pinging.messages("pong").size();
                Awaitility.await().atMost(Duration.ofSeconds(10))
                    .until(() -> pinging.messages("pong").size() >= pongs + 8 || pinging.closed());
                assertFalse(pinging.closed(), "a connection that pings is never idle");
            } finally {
                node.vertx().cancelTimer(timer);
            }
        }
    }
}
