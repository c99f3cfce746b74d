package dev.curveball.http;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.curveball.protocol.Codec;
import dev.curveball.testing.CreatedRoom;
import dev.curveball.testing.RunningNode;
import dev.curveball.testing.WsClient;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * {@code GET /api/rooms/{id}/export}: the host, and only the host, downloads the room as JSON, with the report of
 * every round, and nothing in it that would let anyone in (no token, secret or hash).
 */
class ExportApiTest {
    private static final String NOTES = "EXPORTED-notes: a feature store with point-in-time joins";
    @RegisterExtension
    static final RunningNode node = new RunningNode();

    @Test
    void theHostDownloadsTheRoomWithItsReportsAndNoSecret() throws Exception {
        CreatedRoom room = node.createRoom("{\"title\":\"Export practice\",\"creatorSeat\":\"interviewer\","
            + "\"promptId\":\"card-fraud-detection\"}");
        String adaSecret;
        String boSecret;
        try (WsClient ada = WsClient.join(node.vertx(), node.port(), room.id(), room.hostToken(), "Ada");
             WsClient bo = WsClient.join(node.vertx(), node.port(), room.id(), room.inviteToken(), "Bo")) {
            adaSecret = ada.welcome().path("resume").asText();
            boSecret = bo.welcome().path("resume").asText();
            ack(ada, "timer.start", "");
            ack(bo, "notes.op", "\"doc\":\"shared\",\"rev\":0,\"op\":[\"" + NOTES + "\"],\"client\":\"c\","
                + "\"clientSeq\":1");
        }

        HttpResponse<String> export = node.get("/api/rooms/" + room.id() + "/export", "Bearer " + adaSecret);

        assertEquals(200, export.statusCode(), export.body());
        JsonNode json = Codec.mapper().readTree(export.body());
        assertAll(
            () -> assertEquals("application/json", export.headers().firstValue("content-type").orElse("")),
            () -> assertEquals("curveball-room-export", json.path("format").asText()),
            () -> assertEquals("Export practice", json.at("/room/title").asText()),
            () -> assertEquals(NOTES, json.at("/room/notes/shared/text").asText()),
            () -> assertTrue(json.at("/reports/1").asText().contains(NOTES), json.toString()),
            () -> assertEquals(2, json.at("/room/participants").size()));
        for (String secret : List.of(adaSecret, boSecret, room.hostToken(), room.inviteToken(), "secretHash",
            "tokenHash")) {
            assertFalse(export.body().contains(secret), "the export carries " + secret);
        }
    }

    @Test
    void anyoneButTheHostIsRefusedAndNothingIsSent() {
        CreatedRoom room = node.createRoom("{\"title\":\"Not yours\",\"creatorSeat\":\"interviewer\"}");
        String boSecret;
        try (WsClient ada = WsClient.join(node.vertx(), node.port(), room.id(), room.hostToken(), "Ada");
             WsClient bo = WsClient.join(node.vertx(), node.port(), room.id(), room.inviteToken(), "Bo")) {
            boSecret = bo.welcome().path("resume").asText();
        }
        String path = "/api/rooms/" + room.id() + "/export";

        HttpResponse<String> guest = node.get(path, "Bearer " + boSecret);
        HttpResponse<String> noHeader = node.get(path);
        HttpResponse<String> wrong = node.get(path, "Bearer " + room.hostToken());
        HttpResponse<String> noRoom = node.get("/api/rooms/abcdefghjk/export", "Bearer " + boSecret);

        assertEquals(403, guest.statusCode(), guest.body());
        assertTrue(guest.body().contains("\"forbidden\""), guest.body());
        assertEquals(401, noHeader.statusCode());
        assertEquals(401, wrong.statusCode());
        assertEquals(404, noRoom.statusCode());
        assertFalse(guest.body().contains("Not yours"), guest.body());
    }

    private static void ack(WsClient client, String type, String fields) {
        JsonNode answer = client.awaitAnswer(client.command(type, fields));
        assertEquals("ack", answer.path("type").asText(), type + ": " + answer);
    }
}
