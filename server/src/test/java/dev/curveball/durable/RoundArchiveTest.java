package dev.curveball.durable;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.curveball.config.Config;
import dev.curveball.config.ConfigLoader;
import dev.curveball.config.Setting;
import dev.curveball.testing.TestNode;
import io.vertx.core.Vertx;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A room nobody touched for {@code room-expiry-hours} is deleted from the database, but its finished rounds' reports
 * stay readable over HTTP until {@code report-retention-days}; then they go too. The sweep runs with a clock moved
 * forward; the node that serves the reports afterwards runs on the real one.
 */
class RoundArchiveTest {
    @TempDir
    Path dataDir;

    @Test
    void aFinishedRoundsReportOutlivesItsExpiredRoomUntilTheRetentionEnds() throws Exception {
        Map<Setting, String> durable = Map.of(Setting.STORE, "database", Setting.DATA_DIR, dataDir.toString());
        PlayedRoom played;
        Vertx vertx = Vertx.vertx();
        try (TestNode node = TestNode.start(durable)) {
            played = PlayedRoom.play(vertx, node.port(), node::createRoom);
        } finally {
            vertx.close().toCompletionStage().toCompletableFuture().get(30, TimeUnit.SECONDS);
        }
        String roomId = played.room().id();

        sweepAt(System.currentTimeMillis() + Duration.ofHours(25).toMillis());
        try (TestNode node = TestNode.start(durable)) {
            HttpResponse<String> finished = node.get(reportPath(roomId, 1), "Bearer " + played.boSecret());
            HttpResponse<String> unfinished = node.get(reportPath(roomId, 2), "Bearer " + played.adaSecret());
            HttpResponse<String> room = node.post("/api/rooms/" + roomId + "/links/check",
                "{\"token\":\"" + played.room().hostToken() + "\"}");

            assertEquals(200, finished.statusCode(), finished.body());
            assertTrue(finished.body().contains(PlayedRoom.NOTES_ONE), finished.body());
            assertTrue(finished.body().contains(PlayedRoom.EVIDENCE), "the shared scorecard: " + finished.body());
            assertEquals(404, unfinished.statusCode(), "round 2 never finished, so it went with its room");
            assertEquals(404, room.statusCode(), "the room itself expired: " + room.body());
        }

        sweepAt(System.currentTimeMillis() + Duration.ofDays(31).toMillis());
        try (TestNode node = TestNode.start(durable)) {
            HttpResponse<String> gone = node.get(reportPath(roomId, 1), "Bearer " + played.boSecret());

            assertEquals(404, gone.statusCode(), "past the 30 days of retention: " + gone.body());
        }
    }

    private void sweepAt(long now) throws Exception {
        Config config = ConfigLoader.load(new String[] {"--data-dir", dataDir.toString()}, Map.of());
        try (DurableRooms rooms = DurableRooms.open(config, () -> now)) {
            rooms.sweep();
        }
    }

    private static String reportPath(String roomId, int round) {
        return "/api/rooms/" + roomId + "/rounds/" + round + "/report.md";
    }
}
