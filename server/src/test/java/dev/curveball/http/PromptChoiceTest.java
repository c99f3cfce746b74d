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
