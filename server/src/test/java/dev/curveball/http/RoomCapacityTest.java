package dev.curveball.http;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.curveball.config.Setting;
import dev.curveball.testing.TestNode;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RoomCapacityTest {

    @Test
    void aNodeAtItsRoomLimitAnswers503AndKeepsItsRooms() throws Exception {
        try (TestNode node = TestNode.start(Map.of(Setting.MAX_ROOMS, "2"))) {
            assertEquals(201, node.post("/api/rooms", "{}").statusCode());
            assertEquals(201, node.post("/api/rooms", "{}").statusCode());

            var refused = node.post("/api/rooms", "{}");

            assertEquals(503, refused.statusCode());
            assertEquals(true, refused.body().contains("\"unavailable\""), refused.body());
        }
    }
}
