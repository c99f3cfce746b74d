package dev.curveball.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.curveball.config.Setting;
import dev.curveball.protocol.Codec;
import dev.curveball.testing.CreatedRoom;
import dev.curveball.testing.RunningNode;
import dev.curveball.testing.WsClient;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * {@code GET /api/limits} on a real node started with limits of its own: the forms that come before any welcome
 * (the landing page, the name form) read the same numbers a welcome would bring, never the defaults.
 */
class LimitsApiTest {
    @RegisterExtension
    static final RunningNode node = new RunningNode(Map.of(
        Setting.MAX_NAME_LENGTH, "12",
        Setting.MAX_TITLE_LENGTH, "30",
        Setting.MAX_PROMPT_CHARS, "500",
        Setting.MAX_OP_CHARS, "64",
        Setting.MAX_NOTES_CHARS, "4000",
        Setting.MAX_CARD_CHARS, "300",
        Setting.MAX_PARTICIPANTS, "5",
        Setting.MAX_ASSUMPTIONS, "7"));

    @Test
    void limitsAnswerTheNodesConfiguredLimitsAsJson() throws Exception {
        HttpResponse<String> response = node.get("/api/limits");

        assertEquals(200, response.statusCode(), response.body());
        assertEquals("application/json", response.headers().firstValue("content-type").orElse(""));
        JsonNode limits = Codec.mapper().readTree(response.body());
        assertEquals(12, limits.path("maxNameLength").asInt());
        assertEquals(30, limits.path("maxTitleLength").asInt());
        assertEquals(500, limits.path("maxPromptChars").asInt());
        assertEquals(64, limits.path("maxOpChars").asInt());
        assertEquals(4000, limits.path("maxNotesChars").asInt());
        assertEquals(300, limits.path("maxCardChars").asInt());
        assertEquals(5, limits.path("maxParticipants").asInt());
        assertEquals(7, limits.path("maxAssumptions").asInt());
    }

    @Test
    void limitsAreExactlyWhatTheWelcomeOfARoomCreatedOnThisNodeAnnounces() throws Exception {
        JsonNode before = Codec.mapper().readTree(node.get("/api/limits").body());
        CreatedRoom room = node.createRoom("{\"title\":\"Limits\",\"creatorSeat\":\"interviewer\"}");

        try (WsClient ada = WsClient.join(node.vertx(), node.port(), room.id(), room.hostToken(), "Ada")) {
            JsonNode welcome = ada.welcome().path("limits");
            assertTrue(welcome.size() > 0, ada.welcome().toString());
            assertEquals(welcome, before, "same fields, same values, same order as welcome.limits");
        }
    }

    @Test
    void aNameAtTheAnnouncedLimitJoinsAndOneLongerIsRefusedTooLarge() throws Exception {
        int max = Codec.mapper().readTree(node.get("/api/limits").body()).path("maxNameLength").asInt();
        CreatedRoom room = node.createRoom("{\"title\":\"Names\",\"creatorSeat\":\"interviewer\"}");

        try (WsClient fits = WsClient.join(node.vertx(), node.port(), room.id(), room.hostToken(), "a".repeat(max))) {
            assertEquals("a".repeat(max), fits.welcome().at("/room/participants/0/name").asText());
        }
        try (WsClient tooLong = WsClient.connect(node.vertx(), node.port())) {
            tooLong.hello(room.id(), room.inviteToken(), "b".repeat(max + 1));
            JsonNode error = tooLong.awaitType("error");
            assertEquals("too-large", error.path("code").asText(), error.toString());
        }
    }
}
