package dev.curveball.transport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.curveball.testing.CreatedRoom;
import dev.curveball.testing.RunningNode;
import dev.curveball.testing.WsClient;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Over real sockets: once {@code round.close} has frozen the round's report, an edit of the shared notes is refused
 * with {@code invalid-state}, reaches nobody, and leaves the text as the report keeps it.
 */
class ClosedRoundNotesTest {
    @RegisterExtension
    static final RunningNode node = new RunningNode();

    private static long edit(WsClient client, long rev, String op, int clientSeq) {
        return client.command("notes.op", "\"doc\":\"shared\",\"rev\":" + rev + ",\"op\":" + op
            + ",\"client\":\"c-bo\",\"clientSeq\":" + clientSeq);
    }

    private static void ok(WsClient client, String type) {
        JsonNode answer = client.awaitAnswer(client.command(type, ""));
        assertEquals("ack", answer.path("type").asText(), type + ": " + answer);
    }

    @Test
    void anEditAfterTheRoundIsClosedIsRefusedWithInvalidStateAndReachesNobody() {
        CreatedRoom room = node.createRoom("{\"creatorSeat\":\"interviewer\"}");
        try (WsClient ada = WsClient.join(node.vertx(), node.port(), room.id(), room.hostToken(), "Ada");
             WsClient bo = WsClient.join(node.vertx(), node.port(), room.id(), room.inviteToken(), "Bo")) {
            ok(ada, "timer.start");
            assertEquals("ack", bo.awaitAnswer(edit(bo, 0, "[\"kept in the report\"]", 1)).path("type").asText());
            ok(ada, "round.end");
            ok(ada, "round.close");

            JsonNode refused = bo.awaitAnswer(edit(bo, 1, "[18,\" typed-after-close\"]", 2));

            assertEquals("error", refused.path("type").asText(), refused.toString());
            assertEquals("invalid-state", refused.path("code").asText(), refused.toString());
            JsonNode doc = bo.awaitAnswer(bo.command("notes.fetch", "\"doc\":\"shared\""));
            assertEquals("kept in the report", doc.path("text").asText());
            assertEquals(1, doc.path("rev").asLong());
            long ping = System.nanoTime();
            ada.send("{\"type\":\"ping\",\"t\":" + ping + "}");
            ada.await(m -> m.path("t").asLong() == ping);
            assertEquals(1, ada.messages("event").stream()
                .filter(m -> "notes.op".equals(m.at("/event/kind").asText())).count(), "only the edit before close");
            String report = report(room.id(), bo.welcome().path("resume").asText());
            assertTrue(report.contains("kept in the report"), report);
            assertFalse(report.contains("typed-after-close"), report);
        }
    }

    private static String report(String roomId, String secret) {
        HttpResponse<String> response =
            node.get("/api/rooms/" + roomId + "/rounds/1/report.md", "Bearer " + secret);
        assertEquals(200, response.statusCode(), response.body());
        return response.body();
    }
}
