package dev.curveball.transport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import dev.curveball.testing.CreatedRoom;
import dev.curveball.testing.RunningNode;
import dev.curveball.testing.WsClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A client resuming with a {@code lastSeq} the room never reached. */
class ResumeBeyondTheRoomTest {
    @RegisterExtension
    static final RunningNode node = new RunningNode();

    @Test
    void aLastSeqAboveTheRoomsGetsAFreshSnapshotAndThenTheLiveEvents() {
        CreatedRoom room = node.createRoom("{\"title\":\"Pair practice\","
            + "\"prompt\":{\"title\":\"Card fraud\",\"text\":\"Design a card-fraud scorer.\"}}");
        try (WsClient ada = WsClient.join(node.vertx(), node.port(), room.id(), room.hostToken(), "Ada")) {
            String secret;
            try (WsClient bo = WsClient.join(node.vertx(), node.port(), room.id(), room.inviteToken(), "Bo")) {
                secret = bo.welcome().path("resume").asText();
            }
            long roomSeq = ada.awaitEvent("presence.changed").path("seq").asLong();

            try (WsClient again = WsClient.connect(node.vertx(), node.port())) {
                again.send("{\"type\":\"hello\",\"protocol\":1,\"room\":\"" + room.id() + "\",\"token\":\""
                    + room.inviteToken() + "\",\"name\":\"Bo\",\"resume\":{\"secret\":\"" + secret
                    + "\",\"lastSeq\":" + (roomSeq + 100) + "}}");
                JsonNode welcome = again.welcome();

                assertFalse(welcome.path("room").isMissingNode(), "a snapshot of the room: " + welcome);
                assertEquals(roomSeq + 1, welcome.path("seq").asLong(),
                    "the room's own seq (Bo's return made one event), not the client's");
                assertEquals(2, welcome.at("/room/participants").size());
                long started = ada.awaitAnswer(ada.command("timer.start")).path("seq").asLong();
                JsonNode live = again.await(m -> m.path("seq").asLong() == started);
                assertEquals("timer.changed", live.at("/event/kind").asText(), "live events follow: " + live);
            }
        }
    }
}
