package dev.curveball.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import dev.curveball.config.Setting;
import dev.curveball.testing.CreatedRoom;
import dev.curveball.testing.TestNode;
import dev.curveball.testing.WsClient;
import io.vertx.core.Vertx;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Nobody shows as online forever because the node holding their socket died. */
class DepartedNodeTest {

    @Test
    void whenANodeDiesItsParticipantsShowOfflineToEveryoneElse() throws Exception {
        List<TestNode> nodes = TestNode.cluster(2, Map.of(Setting.EVENT_LOOPS, "1"));
        Vertx vertx = Vertx.vertx();
        try {
            CreatedRoom room = nodes.get(0).createRoom("{}");
            try (WsClient ada = WsClient.join(vertx, nodes.get(0).port(), room.id(), room.hostToken(), "Ada");
                 WsClient bo = WsClient.join(vertx, nodes.get(1).port(), room.id(), room.inviteToken(), "Bo")) {
                String boId = bo.welcome().at("/you/participant").asText();
                ada.awaitEvent("participant.joined");

                // A crash as Hazelcast sees it: the member vanishes without handing anything over.
                nodes.get(1).node().hazelcast().getLifecycleService().terminate();

                JsonNode offline = ada.await(m -> "presence.changed".equals(m.at("/event/kind").asText())
                    && boId.equals(m.at("/event/participant").asText()));
                assertEquals(false, offline.at("/event/online").asBoolean());
                try (WsClient cy = WsClient.join(vertx, nodes.get(0).port(), room.id(), room.inviteToken(), "Cy")) {
                    JsonNode boSeen = cy.welcome().at("/room/participants/1");
                    assertEquals("Bo", boSeen.path("name").asText());
                    assertEquals(false, boSeen.path("online").asBoolean());
                }
            }
        } finally {
            vertx.close().toCompletionStage().toCompletableFuture().get();
            for (TestNode node : nodes) {
                node.close();
            }
        }
    }
}
