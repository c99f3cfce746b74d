package dev.curveball.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.curveball.config.Setting;
import dev.curveball.protocol.Codec;
import dev.curveball.testing.CreatedRoom;
import dev.curveball.testing.TestNode;
import dev.curveball.testing.WsClient;
import io.vertx.core.Vertx;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The host takes access back on a two-member cluster: a removed participant's sockets close on both nodes, their
 * resume secret is dead on both at once, and an invite link the host reset opens the room on neither, while those
 * who joined with it stay.
 */
class RevocationClusterTest {
    private static List<TestNode> nodes;
    private static Vertx vertx;

    @BeforeAll
    static void startCluster() {
        nodes = TestNode.cluster(2, Map.of(Setting.EVENT_LOOPS, "1"));
        vertx = Vertx.vertx();
    }

    @AfterAll
    static void stopCluster() throws Exception {
        vertx.close().toCompletionStage().toCompletableFuture().get();
        for (TestNode node : nodes) {
            node.close();
        }
    }

    @Test
    void aRemovedParticipantIsClosedOutOnEveryNodeAndCannotComeBack() throws Exception {
        CreatedRoom room = nodes.get(0).createRoom("{}");
        try (WsClient ada = join(0, room, room.hostToken(), "Ada");
             WsClient bo = join(1, room, room.inviteToken(), "Bo");
             WsClient boSecondTab = resume(0, room, room.inviteToken(), bo);
             WsClient cy = join(0, room, room.inviteToken(), "Cy")) {
            boSecondTab.welcome();
            String boId = bo.welcome().at("/you/participant").asText();

            JsonNode answer = ada.awaitAnswer(ada.command("participant.remove", "\"participant\":\"" + boId + "\""));

            assertEquals("invite", answer.path("type").asText(), answer.toString());
            String newInvite = answer.path("token").asText();
            assertTrue(newInvite.length() >= 43, "a fresh 256-bit token");
            for (WsClient socket : List.of(bo, boSecondTab)) {
                assertEquals(1008, socket.awaitClose());
                assertEquals("removed from the room by the host", socket.closeReason());
                assertTrue(socket.messages("event").stream().anyMatch(m ->
                    "participant.removed".equals(m.at("/event/kind").asText())), "told why before the close");
            }
            JsonNode removed = cy.awaitEvent("participant.removed");
            assertEquals(boId, removed.at("/event/participant").asText());

            for (int node = 0; node < 2; node++) {
                try (WsClient again = resumeRaw(node, room, room.inviteToken(), bo)) {
                    assertEquals("link-reset", again.awaitType("error").path("code").asText(), "node " + node);
                }
                try (WsClient stranger = WsClient.connect(vertx, nodes.get(node).port())) {
                    stranger.hello(room.id(), room.inviteToken(), "Bo again");
                    assertEquals("link-reset", stranger.awaitType("error").path("code").asText(), "node " + node);
                }
                HttpResponse<String> check = nodes.get(node).post("/api/rooms/" + room.id() + "/links/check",
                    "{\"token\":\"" + room.inviteToken() + "\",\"resume\":\"" + bo.welcome().path("resume").asText()
                        + "\"}");
                assertEquals(401, check.statusCode());
                assertEquals("link-reset", Codec.mapper().readTree(check.body()).path("code").asText());
                HttpResponse<String> report = nodes.get(node).get("/api/rooms/" + room.id() + "/rounds/1/report.md",
                    "Bearer " + bo.welcome().path("resume").asText());
                assertEquals(401, report.statusCode(), "the secret opens no report either");
            }

            JsonNode ack = cy.awaitAnswer(cy.command("notes.fetch", "\"doc\":\"shared\""));
            assertEquals("notes.doc", ack.path("type").asText(), "Cy, who came with the old link, stays");
            assertFalse(cy.closed());
            try (WsClient cyReloaded = resume(1, room, room.inviteToken(), cy);
                 WsClient dee = join(1, room, newInvite, "Dee")) {
                assertEquals(cy.welcome().at("/you/participant").asText(),
                    cyReloaded.welcome().at("/you/participant").asText(), "Cy reloads with the old link");
                assertEquals("candidate", dee.welcome().at("/you/role").asText(), "Bo's seat went to the next invitee");
                assertFalse(dee.welcome().at("/room/participants").toString().contains(boId));
            }
        }
    }

    @Test
    void anInviteResetRefusesTheOldLinkEverywhereAndKeepsEveryoneIn() {
        CreatedRoom room = nodes.get(1).createRoom("{}");
        try (WsClient ada = join(0, room, room.hostToken(), "Ada");
             WsClient bo = join(1, room, room.inviteToken(), "Bo")) {
            JsonNode answer = ada.awaitAnswer(ada.command("invite.reset"));
            assertEquals("invite", answer.path("type").asText(), answer.toString());
            bo.awaitEvent("invite.reset");

            for (int node = 0; node < 2; node++) {
                try (WsClient late = WsClient.connect(vertx, nodes.get(node).port())) {
                    late.hello(room.id(), room.inviteToken(), "Late");
                    JsonNode refused = late.awaitType("error");
                    assertEquals("link-reset", refused.path("code").asText());
                    assertFalse(refused.path("message").asText().isBlank());
                }
            }
            try (WsClient late = join(0, room, answer.path("token").asText(), "Late")) {
                assertEquals("observer", late.welcome().at("/you/role").asText());
            }
            assertEquals("ack", bo.awaitAnswer(bo.command("notes.op",
                "\"doc\":\"shared\",\"rev\":0,\"op\":[\"hi\"],\"client\":\"c-bo\",\"clientSeq\":1")).path("type").asText(),
                "Bo's live socket keeps working");
            JsonNode refused = bo.awaitAnswer(bo.command("invite.reset"));
            assertEquals("forbidden", refused.path("code").asText(), "only the host resets the link");
        }
    }

    private static WsClient join(int node, CreatedRoom room, String token, String name) {
        return WsClient.join(vertx, nodes.get(node).port(), room.id(), token, name);
    }

    /** Opens a socket as {@code earlier}'s participant, the way a reload does; does not wait for the answer. */
    private static WsClient resumeRaw(int node, CreatedRoom room, String token, WsClient earlier) {
        WsClient ws = WsClient.connect(vertx, nodes.get(node).port());
        ws.send("{\"type\":\"hello\",\"protocol\":1,\"room\":\"" + room.id() + "\",\"token\":\"" + token
            + "\",\"name\":\"Again\",\"resume\":{\"secret\":\"" + earlier.welcome().path("resume").asText() + "\"}}");
        return ws;
    }

    private static WsClient resume(int node, CreatedRoom room, String token, WsClient earlier) {
        WsClient ws = resumeRaw(node, room, token, earlier);
        ws.welcome();
        return ws;
    }
}
