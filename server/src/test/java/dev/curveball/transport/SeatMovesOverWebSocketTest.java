package dev.curveball.transport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.curveball.testing.CreatedRoom;
import dev.curveball.testing.RunningNode;
import dev.curveball.testing.WsClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A host in the candidate's seat who moves to the interviewer's to read the deck is seen doing it, by everyone. */
class SeatMovesOverWebSocketTest {
    @RegisterExtension
    static final RunningNode node = new RunningNode();

    @Test
    void everySeatMoveInTheLobbyReachesTheOtherPersonsTimeline() {
        CreatedRoom room = node.createRoom("{\"promptId\":\"card-fraud-detection\",\"creatorSeat\":\"candidate\"}");
        try (WsClient ada = WsClient.join(node.vertx(), node.port(), room.id(), room.hostToken(), "Ada");
             WsClient bo = WsClient.join(node.vertx(), node.port(), room.id(), room.inviteToken(), "Bo")) {
            String adaId = ada.welcome().at("/you/participant").asText();
            String boId = bo.welcome().at("/you/participant").asText();
            assertEquals("candidate", ada.welcome().at("/you/role").asText());

            ada.awaitAnswer(ada.command("seats.set", "\"interviewer\":\"" + adaId + "\",\"candidate\":\"" + boId + "\""));
            long back = ada.awaitAnswer(ada.command("seats.set",
                "\"interviewer\":\"" + boId + "\",\"candidate\":\"" + adaId + "\"")).path("seq").asLong();

            JsonNode last = bo.await(m -> "round.changed".equals(m.at("/event/kind").asText())
                && m.path("seq").asLong() <= back && m.at("/event/round/timeline").size() == 2);
            JsonNode timeline = last.at("/event/round/timeline");
            assertEquals("seats", timeline.get(1).path("kind").asText());
            assertTrue(timeline.get(1).path("text").asText()
                    .endsWith("Ada was on the interviewer's side until now and has seen this round's deck."),
                timeline.toString());
        }
    }
}
