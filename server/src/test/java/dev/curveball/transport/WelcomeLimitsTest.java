package dev.curveball.transport;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import dev.curveball.config.Setting;
import dev.curveball.testing.CreatedRoom;
import dev.curveball.testing.RunningNode;
import dev.curveball.testing.WsClient;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The welcome tells a client the limits this node and room enforce, so its forms stop where the server would. */
class WelcomeLimitsTest {
    @RegisterExtension
    static final RunningNode node = new RunningNode(Map.of(
        Setting.MAX_TITLE_LENGTH, "30",
        Setting.MAX_NAME_LENGTH, "12",
        Setting.MAX_OP_CHARS, "500",
        Setting.MAX_CARD_CHARS, "300",
        Setting.MAX_PARTICIPANTS, "5"));

    @Test
    void theWelcomeCarriesTheConfiguredLimits() {
        CreatedRoom room = node.createRoom("{\"promptId\":\"card-fraud-detection\"}");
        try (WsClient ada = WsClient.join(node.vertx(), node.port(), room.id(), room.hostToken(), "Ada")) {
            JsonNode limits = ada.welcome().path("limits");

            assertEquals(30, limits.path("maxTitleLength").asInt());
            assertEquals(12, limits.path("maxNameLength").asInt());
            assertEquals(500, limits.path("maxOpChars").asInt());
            assertEquals(300, limits.path("maxCardChars").asInt());
            assertEquals(5, limits.path("maxParticipants").asInt());
            assertEquals(65536, limits.path("maxFrameBytes").asInt(), "a default where nothing was set");
        }
    }

    @Test
    void aCardTitleIsHeldToTheConfiguredTitleLength() {
        CreatedRoom room = node.createRoom("{\"promptId\":\"card-fraud-detection\"}");
        try (WsClient ada = WsClient.join(node.vertx(), node.port(), room.id(), room.hostToken(), "Ada")) {
            String card = "{\"stress\":\"drift\",\"title\":\"%s\",\"text\":\"Labels now arrive a week late.\"}";

            JsonNode tooLong = ada.awaitAnswer(ada.command("twist.add", "\"card\":" + card.formatted("x".repeat(31))));
            JsonNode fits = ada.awaitAnswer(ada.command("twist.add", "\"card\":" + card.formatted("x".repeat(30))));

            assertEquals("error", tooLong.path("type").asText());
            assertEquals("card.title: at most 30 characters", tooLong.path("message").asText());
            assertEquals("ack", fits.path("type").asText());
        }
    }
}
