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

/** Values at the edge of what a field can hold are refused with the same codes as any other bad value. */
class ExtremeValuesTest {
    private static final int MAX_CARD_CHARS = 300;
    @RegisterExtension
    static final RunningNode node = new RunningNode(Map.of(Setting.MAX_CARD_CHARS, String.valueOf(MAX_CARD_CHARS)));

    @Test
    void aTimerAdjustmentOfMinusTwoToTheSixtyThreeIsABadMessageAndTheTimerKeepsItsTime() {
        CreatedRoom room = node.createRoom("{\"promptId\":\"card-fraud-detection\"}");
        try (WsClient ada = WsClient.join(node.vertx(), node.port(), room.id(), room.hostToken(), "Ada")) {
            long phaseBefore = ada.welcome().at("/room/timer/durationMs").asLong();

            JsonNode refused = ada.awaitAnswer(ada.command("timer.adjust", "\"deltaMs\":" + Long.MIN_VALUE));
            JsonNode adjusted = ada.awaitAnswer(ada.command("timer.adjust", "\"deltaMs\":60000"));

            assertEquals("bad-message", refused.path("code").asText());
            assertEquals("ack", adjusted.path("type").asText());
            JsonNode changed = ada.awaitEvent("timer.changed");
            assertEquals(phaseBefore + 60_000, changed.at("/event/timer/durationMs").asLong(),
                "only the sane adjustment moved the timer");
        }
    }

    @Test
    void aCardTextOverMaxCardCharsIsTooLarge() {
        CreatedRoom room = node.createRoom("{\"promptId\":\"card-fraud-detection\"}");
        try (WsClient ada = WsClient.join(node.vertx(), node.port(), room.id(), room.hostToken(), "Ada")) {
            String card = "{\"stress\":\"cost\",\"title\":\"Budget cut\",\"text\":\"" + "x".repeat(MAX_CARD_CHARS + 1)
                + "\",\"guidance\":\"\"}";

            JsonNode refused = ada.awaitAnswer(ada.command("twist.add", "\"card\":" + card));

            assertEquals("too-large", refused.path("code").asText());
            assertEquals("card.text: at most " + MAX_CARD_CHARS + " characters", refused.path("message").asText());
        }
    }
}
