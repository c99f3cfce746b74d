package dev.curveball.durable;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.curveball.config.Setting;
import dev.curveball.testing.CreatedRoom;
import dev.curveball.testing.TestNode;
import dev.curveball.testing.WsClient;
import io.vertx.core.Vertx;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A room nobody joined expires early in the database too, so the sweep deletes it and a lazy load cannot bring it
 * back; once joined, its row has the ordinary expiry.
 */
class UnjoinedRoomRowTest {
    @TempDir
    Path dataDir;

    @Test
    void anUnjoinedRoomsRowExpiresAfterTheShortExpiryAndAJoinedRoomsAfterTheFullOne() throws Exception {
        Vertx vertx = Vertx.vertx();
        try (TestNode node = TestNode.start(Map.of(Setting.STORE, "database",
                Setting.DATA_DIR, dataDir.toString(), Setting.UNJOINED_ROOM_EXPIRY_MINUTES, "7"))) {
            CreatedRoom unused = node.createRoom("{}");
            CreatedRoom used = node.createRoom("{}");
            try (WsClient ada = WsClient.join(vertx, node.port(), used.id(), used.hostToken(), "Ada");
                 Connection db = DriverManager.getConnection(Database.embeddedUrl(dataDir))) {
                Awaitility.await().atMost(WsClient.PATIENCE).untilAsserted(() -> {
                    assertEquals(TimeUnit.MINUTES.toMillis(7), lifetime(db, unused.id()));
                    assertEquals(TimeUnit.HOURS.toMillis(24), lifetime(db, used.id()));
                });
            }
        } finally {
            vertx.close().toCompletionStage().toCompletableFuture().get(30, TimeUnit.SECONDS);
        }
    }

    /** expires_at - updated_at of the room's row, or -1 while it has none. */
    private static long lifetime(Connection db, String roomId) throws Exception {
        try (PreparedStatement select = db.prepareStatement(
            "SELECT expires_at - updated_at FROM rooms WHERE id = ?")) {
            select.setString(1, roomId);
            try (ResultSet row = select.executeQuery()) {
                return row.next() ? row.getLong(1) : -1;
            }
        }
    }
}
