package dev.curveball.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.curveball.catalog.CatalogLoader;
import dev.curveball.protocol.Codec;
import dev.curveball.testing.CreatedRoom;
import dev.curveball.testing.RunningNode;
import dev.curveball.testing.WsClient;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The creator picks the room's prompt from the catalog, asks for a surprise, or writes their own. */
class PromptChoiceTest {
    @RegisterExtension
    static final RunningNode node = new RunningNode();


    @Test
    void aCatalogPromptArrivesWithItsFiguresDrawnAndItsTextOnlyForTheInterviewer() {
        var card = CatalogLoader.fromClasspath().prompt("card-fraud-detection").orElseThrow();
        CreatedRoom room = node.createRoom("{\"promptId\":\"card-fraud-detection\"}");
        try (WsClient ada = WsClient.join(node.vertx(), node.port(), room.id(), room.hostToken(), "Ada");
             WsClient bo = WsClient.join(node.vertx(), node.port(), room.id(), room.inviteToken(), "Bo")) {
            JsonNode prompt = ada.welcome().at("/room/prompt");
            assertEquals(card.title(), prompt.path("title").asText());
            String text = prompt.path("text").asText();
            assertTrue(text.length() > 200, text);
            assertFalse(text.contains("{{"), "every figure was drawn: " + text);
            assertTrue(text.contains("Constraints:"), text);
            assertEquals(card.title(), bo.welcome().at("/room/prompt/title").asText());
            assertTrue(bo.welcome().at("/room/prompt/text").isMissingNode(), "the candidate waits for the round");
        }
    }

    @Test
    void aSixtyMinuteRoomGetsThePromptsSixtyMinutePlanAndAFortyFiveMinuteRoomItsOwn() {
        var card = CatalogLoader.fromClasspath().prompt("card-fraud-detection").orElseThrow();
        for (int minutes : List.of(60, 45)) {
            var plan = minutes == 60 ? card.phases60() : card.phases();
            CreatedRoom room = node.createRoom("{\"promptId\":\"card-fraud-detection\",\"durationMinutes\":" + minutes
                + "}");
            try (WsClient ada = WsClient.join(node.vertx(), node.port(), room.id(), room.hostToken(), "Ada")) {
                JsonNode phases = ada.welcome().at("/room/timer/phases");
                assertEquals(plan.stream().map(dev.curveball.catalog.Phase::name).toList(),
                    phases.findValuesAsText("name"), minutes + "-minute room: the prompt's own phases");
                assertEquals(plan.stream().map(p -> p.minutes() * 60_000L).toList(),
                    phases.findValues("durationMs").stream().map(JsonNode::asLong).toList(),
                    minutes + "-minute room: timed for " + minutes + " minutes");
            }
        }
        CreatedRoom surprise = node.createRoom("{\"surprise\":true,\"durationMinutes\":60}");
        try (WsClient ada = WsClient.join(node.vertx(), node.port(), surprise.id(), surprise.hostToken(), "Ada")) {
            long total = ada.welcome().at("/room/timer/phases").findValues("durationMs").stream()
                .mapToLong(JsonNode::asLong).sum();
            assertEquals(60 * 60_000L, total, "a surprise brings its 60-minute plan too");
        }
    }

    @Test
    void theNextRoundOfASixtyMinuteRoomGetsItsPromptsSixtyMinutePlanToo() {
        var feed = CatalogLoader.fromClasspath().prompt("home-feed-ranking").orElseThrow();
        List<String> names = feed.phases60().stream().map(dev.curveball.catalog.Phase::name).toList();
        CreatedRoom room = node.createRoom("{\"promptId\":\"card-fraud-detection\",\"durationMinutes\":60}");
        try (WsClient ada = WsClient.join(node.vertx(), node.port(), room.id(), room.hostToken(), "Ada");
             WsClient bo = WsClient.join(node.vertx(), node.port(), room.id(), room.inviteToken(), "Bo")) {
            bo.welcome();
            for (String[] command : List.of(new String[] {"timer.start", null}, new String[] {"round.end", null},
                new String[] {"round.close", null}, new String[] {"round.next", "\"promptId\":\"home-feed-ranking\""})) {
                long id = command[1] == null ? ada.command(command[0]) : ada.command(command[0], command[1]);
                assertEquals("ack", ada.awaitAnswer(id).path("type").asText(), command[0]);
            }
            JsonNode timer = bo.await(m -> "timer.changed".equals(m.at("/event/kind").asText())
                && m.at("/event/timer/phases").findValuesAsText("name").equals(names)).at("/event/timer");
            assertEquals(60 * 60_000L, timer.path("phases").findValues("durationMs").stream()
                .mapToLong(JsonNode::asLong).sum(), "the room stays a 60-minute room");
        }
    }

    @Test
    void aSurpriseIsOneOfTheCatalogsPrompts() throws Exception {
        List<String> titles = CatalogLoader.fromClasspath().prompts().stream()
            .map(dev.curveball.catalog.Prompt::title).toList();
        for (String body : List.of("{\"surprise\":true}", "{}")) {
            CreatedRoom room = node.createRoom(body);
            try (WsClient ada = WsClient.join(node.vertx(), node.port(), room.id(), room.hostToken(), "Ada")) {
                String title = ada.welcome().at("/room/prompt/title").asText();
                assertTrue(titles.contains(title), body + " gave " + title);
            }
        }
    }

    @Test
    void aPromptOfTheCreatorsOwnIsKeptAsWritten() {
        CreatedRoom room = node.createRoom("{\"prompt\":{\"title\":\"Rank my dog photos\",\"text\":\"Go.\"}}");
        try (WsClient ada = WsClient.join(node.vertx(), node.port(), room.id(), room.hostToken(), "Ada")) {
            assertEquals("Rank my dog photos", ada.welcome().at("/room/prompt/title").asText());
            assertEquals("Go.", ada.welcome().at("/room/prompt/text").asText());
        }
    }

    @Test
    void anUnknownPromptOrTwoChoicesAtOnceAreRefusedNamingTheProblem() throws Exception {
        HttpResponse<String> unknown = node.post("/api/rooms", "{\"promptId\":\"telepathy\"}");
        HttpResponse<String> both = node.post("/api/rooms", "{\"promptId\":\"card-fraud-detection\",\"surprise\":true}");

        assertEquals(400, unknown.statusCode());
        assertTrue(Codec.mapper().readTree(unknown.body()).path("message").asText().contains("promptId"));
        assertEquals(400, both.statusCode());
        assertTrue(both.body().contains("one of"), both.body());
    }
}
