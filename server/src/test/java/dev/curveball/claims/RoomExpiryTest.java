package dev.curveball.claims;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.hazelcast.core.HazelcastInstance;
import dev.curveball.config.Setting;
import dev.curveball.testing.CreatedRoom;
import dev.curveball.testing.RunningNode;
import dev.curveball.testing.WsClient;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * README: "--room-expiry-hours: a room nobody touched for this long is deleted". Hazelcast deletes a room idle for
 * that long (the map's max-idle, checked here); a room that expired is gone for everyone who comes back to it.
 */
class RoomExpiryTest {
    @RegisterExtension
    static final RunningNode node = new RunningNode(Map.of(Setting.ROOM_EXPIRY_HOURS, "3"));

    @Test
    void roomsExpireAfterTheConfiguredIdleHoursAndAnExpiredRoomIsGoneForItsPeople() {
        HazelcastInstance hazelcast = node.node().node().hazelcast();
        assertEquals(3 * 3600, hazelcast.getConfig().getMapConfig("rooms").getMaxIdleSeconds(),
            "idle for three hours, then deleted");

        CreatedRoom room = node.createRoom("{}");
        try (WsClient ada = WsClient.join(node.vertx(), node.port(), room.id(), room.hostToken(), "Ada")) {
            ada.awaitAnswer(ada.command("timer.start"));
        }
        // Hazelcast's own expiry, brought forward: the room's time is up in a second rather than in three hours. A
        // change to the room (Ada's socket closing is one) gives it back its full idle time, so ask again until
        // a second passes untouched.
        Awaitility.await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(2)).until(() -> {
            boolean there = hazelcast.getMap("rooms").containsKey(room.id());
            if (there) {
                hazelcast.getMap("rooms").setTtl(room.id(), 1, TimeUnit.SECONDS);
            }
            return !there;
        });

        try (WsClient back = WsClient.connect(node.vertx(), node.port())) {
            back.hello(room.id(), room.hostToken(), "Ada");
            assertEquals("unknown-room", back.awaitType("error").path("code").asText());
        }
    }
}
