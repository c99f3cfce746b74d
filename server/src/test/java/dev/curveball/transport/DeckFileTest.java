package dev.curveball.transport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.curveball.testing.CreatedRoom;
import dev.curveball.testing.RunningNode;
import dev.curveball.testing.WsClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The interviewer imports a deck file over the socket: a bad one is refused whole, naming the field. */
class DeckFileTest {
    @RegisterExtension
    static final RunningNode node = new RunningNode();

    private static final String GOOD_CARD = "{\"stress\":\"drift\",\"title\":\"New market\","
        + "\"text\":\"IMPORTED-brazil-launch\",\"guidance\":\"IMPORTED-guidance-calibration\","
        + "\"assumes\":[\"IMPORTED-premise we sell in one country\"]}";

    @Test
    void aBadDeckFileIsRefusedNamingTheFieldAndChangesNothing() {
        CreatedRoom room = node.createRoom("{\"promptId\":\"card-fraud-detection\"}");
        try (WsClient ada = WsClient.join(node.vertx(), node.port(), room.id(), room.hostToken(), "Ada");
             WsClient bo = WsClient.join(node.vertx(), node.port(), room.id(), room.inviteToken(), "Bo")) {
            int deckBefore = ada.welcome().at("/room/round/deck").size();
            assertTrue(deckBefore >= 8, "the interviewer holds the prompt's deck");
            String bad = "{\"twists\":[" + GOOD_CARD + ",{\"stress\":\"speed\",\"title\":\"Faster\",\"text\":\"x\"}]}";

            JsonNode refused = ada.awaitAnswer(ada.command("deck.import", "\"deck\":" + bad));

            assertEquals("bad-message", refused.path("code").asText());
            assertTrue(refused.path("message").asText().startsWith("deck.twists[1].stress: \"speed\" is not a stress"),
                refused.path("message").asText());
            try (WsClient again = WsClient.connect(node.vertx(), node.port())) {
                again.send("{\"type\":\"hello\",\"protocol\":1,\"room\":\"" + room.id() + "\",\"token\":\""
                    + room.hostToken() + "\",\"name\":\"Ada\",\"resume\":{\"secret\":\""
                    + ada.welcome().path("resume").asText() + "\"}}");
                assertEquals(deckBefore, again.welcome().at("/room/round/deck").size(), "not even the good card");
            }
        }
    }

    @Test
    void aGoodDeckFileReachesTheInterviewersDeckAndNothingOfItTheCandidate() {
        CreatedRoom room = node.createRoom("{\"promptId\":\"card-fraud-detection\"}");
        try (WsClient ada = WsClient.join(node.vertx(), node.port(), room.id(), room.hostToken(), "Ada");
             WsClient bo = WsClient.join(node.vertx(), node.port(), room.id(), room.inviteToken(), "Bo")) {
            JsonNode ack = ada.awaitAnswer(ada.command("deck.import", "\"deck\":{\"twists\":[" + GOOD_CARD + "],"
                + "\"clarifications\":[{\"question\":\"IMPORTED-question\",\"answer\":\"IMPORTED-answer\"}]}"));
            assertEquals("ack", ack.path("type").asText());

            long seq = ack.path("seq").asLong();
            JsonNode changed = ada.await(m -> "event".equals(m.path("type").asText())
                && m.path("seq").asLong() == seq);
            assertEquals("round.changed", changed.at("/event/kind").asText());
            JsonNode deck = changed.at("/event/round/deck");
            assertEquals("IMPORTED-brazil-launch", deck.get(deck.size() - 1).path("text").asText());
            assertEquals("IMPORTED-premise we sell in one country",
                deck.get(deck.size() - 1).at("/assumes/0").asText(), "the card keeps its premises");
            // Bo's socket has seen everything up to the import once a later public event reaches him.
            long later = ada.awaitAnswer(ada.command("timer.start")).path("seq").asLong();
            bo.await(m -> m.path("seq").asLong() >= later);
            assertTrue(seq < later);
            assertFalse(bo.frames().stream().anyMatch(f -> f.contains("IMPORTED")), "the candidate got none of it");
            JsonNode byCandidate = bo.awaitAnswer(bo.command("twist.add", "\"card\":" + GOOD_CARD));
            assertEquals("forbidden", byCandidate.path("code").asText());
        }
    }
}
