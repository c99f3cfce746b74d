package dev.curveball.http;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.curveball.config.Setting;
import dev.curveball.protocol.Codec;
import dev.curveball.testing.CreatedRoom;
import dev.curveball.testing.RunningNode;
import dev.curveball.testing.WsClient;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * {@code POST /api/rooms/{id}/links/check} on a real node: every answer it gives, and that none of them carries the
 * prompt, a token or a secret, or anything at all about the room to a caller without one of its tokens.
 */
class LinkCheckApiTest {
    private static final String TITLE = "Thursday practice";
    private static final String PROMPT_TEXT = "PROMPT-TEXT-design a fraud detector";
    private static final String ROOM_JSON = "{\"title\":\"" + TITLE + "\",\"creatorSeat\":\"interviewer\","
        + "\"prompt\":{\"title\":\"Fraud detection\",\"text\":\"" + PROMPT_TEXT + "\"}}";
    private static final String WRONG_TOKEN = "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA";

    @RegisterExtension
    static final RunningNode node = new RunningNode(Map.of(Setting.MAX_PARTICIPANTS, "3"));

    @Test
    void anInviteLinkToARoomNobodyEnteredYetNamesTheRoomTheSeatAndNoHostYet() throws Exception {
        CreatedRoom room = node.createRoom(ROOM_JSON);

        HttpResponse<String> response = check(room.id(), room.inviteToken());

        assertEquals(200, response.statusCode(), response.body());
        assertEquals("application/json", response.headers().firstValue("content-type").orElse(""));
        assertEquals("no-store", response.headers().firstValue("cache-control").orElse(""));
        JsonNode body = Codec.mapper().readTree(response.body());
        assertEquals(List.of("room", "host", "seat"), fields(body));
        assertEquals(List.of("title"), fields(body.get("room")));
        assertEquals(TITLE, body.at("/room/title").asText());
        assertTrue(body.get("host").isNull(), response.body());
        assertEquals("candidate", body.get("seat").asText());
        assertNothingSecretIn(response.body(), room);
    }

    @Test
    void eachLinkNamesTheHostAndTheSeatItsHolderWouldTakeNowAndCheckingChangesNothing() throws Exception {
        CreatedRoom room = node.createRoom(ROOM_JSON);
        try (WsClient ada = WsClient.join(node.vertx(), node.port(), room.id(), room.hostToken(), "Ada Lovelace")) {
            JsonNode invite = json(check(room.id(), room.inviteToken()));
            assertEquals("Ada Lovelace", invite.get("host").asText());
            assertEquals("candidate", invite.get("seat").asText());
            // The host link opened in another browser (no resume secret) joins as someone new: the seat is taken.
            assertEquals("observer", json(check(room.id(), room.hostToken())).get("seat").asText());
            // Checks join nobody: the first invitee still takes the candidate seat.
            check(room.id(), room.inviteToken());

            try (WsClient bo = WsClient.join(node.vertx(), node.port(), room.id(), room.inviteToken(), "Bo")) {
                assertEquals("candidate", bo.welcome().at("/you/role").asText());
                assertEquals(2, bo.welcome().at("/room/participants").size());
                assertEquals("observer", json(check(room.id(), room.inviteToken())).get("seat").asText());

                String boSecret = bo.welcome().path("resume").asText();
                HttpResponse<String> returning = check(room.id(), room.inviteToken(), boSecret);
                assertEquals("candidate", json(returning).get("seat").asText(), returning.body());
                assertFalse(returning.body().contains(boSecret), returning.body());
                assertNothingSecretIn(returning.body(), room);
            }
        }
    }

    @Test
    void aWrongKeyIsRefusedWithBadTokenAndLearnsNothingAboutTheRoom() throws Exception {
        CreatedRoom room = node.createRoom(ROOM_JSON);
        try (WsClient ignored = WsClient.join(node.vertx(), node.port(), room.id(), room.hostToken(), "Ada")) {
            HttpResponse<String> response = check(room.id(), WRONG_TOKEN);

            assertEquals(401, response.statusCode(), response.body());
            JsonNode body = json(response);
            assertEquals(Set.of("code", "message"), Set.copyOf(fields(body)), "an error body and nothing else");
            assertEquals("bad-token", body.get("code").asText());
            assertAll(
                () -> assertFalse(response.body().contains(TITLE), response.body()),
                () -> assertFalse(response.body().contains("Ada"), response.body()),
                () -> assertNothingSecretIn(response.body(), room));
            // A resume secret of the room does not stand in for its token (as in hello: the token comes first).
            String secret = ignored.welcome().path("resume").asText();
            assertEquals(401, check(room.id(), WRONG_TOKEN, secret).statusCode());
        }
    }

    @Test
    void aRoomThatDoesNotExistIsRefusedWithUnknownRoom() throws Exception {
        CreatedRoom gone = node.createRoom(ROOM_JSON);
        String unknownId = gone.id().equals("abcdefghjk") ? "bcdefghjkm" : "abcdefghjk";

        HttpResponse<String> unknown = check(unknownId, gone.inviteToken());
        HttpResponse<String> malformed = check("not-a-room", gone.inviteToken());

        assertEquals(404, unknown.statusCode(), unknown.body());
        assertEquals("unknown-room", json(unknown).get("code").asText());
        assertEquals(404, malformed.statusCode(), malformed.body());
        assertEquals("unknown-room", json(malformed).get("code").asText());
    }

    @Test
    void aFullRoomRefusesANewcomerWithRoomFullButLetsAMemberBackIn() throws Exception {
        CreatedRoom room = node.createRoom(ROOM_JSON);
        try (WsClient ada = WsClient.join(node.vertx(), node.port(), room.id(), room.hostToken(), "Ada");
             WsClient bo = WsClient.join(node.vertx(), node.port(), room.id(), room.inviteToken(), "Bo");
             WsClient cy = WsClient.join(node.vertx(), node.port(), room.id(), room.inviteToken(), "Cy")) {
            HttpResponse<String> full = check(room.id(), room.inviteToken());

            assertEquals(409, full.statusCode(), full.body());
            assertEquals("room-full", json(full).get("code").asText());
            assertNothingSecretIn(full.body(), room);
            HttpResponse<String> member = check(room.id(), room.inviteToken(), cy.welcome().path("resume").asText());
            assertEquals(200, member.statusCode(), member.body());
            assertEquals("observer", json(member).get("seat").asText());
            // The key is checked before the size: a wrong key to a full room is still a wrong key.
            assertEquals(401, check(room.id(), WRONG_TOKEN).statusCode());
        }
    }

    @Test
    void aRequestWithoutAKeyIsABadMessageAndTheKeyIsNeverTakenFromTheUrl() {
        CreatedRoom room = node.createRoom(ROOM_JSON);
        String path = "/api/rooms/" + room.id() + "/links/check";

        for (String body : List.of("", "not json", "{}", "{\"token\":\"\"}", "{\"token\":42}", "[]")) {
            HttpResponse<String> response = node.post(path, body);
            assertEquals(400, response.statusCode(), body + " → " + response.body());
            assertTrue(response.body().contains("\"code\":\"bad-message\""), response.body());
        }
        assertEquals(400, node.post(path + "?token=" + room.inviteToken(), "{}").statusCode());
        assertEquals(413, node.post(path, "{\"token\":\"" + "x".repeat(2000) + "\"}").statusCode());
    }

    private static HttpResponse<String> check(String roomId, String token) {
        return node.post("/api/rooms/" + roomId + "/links/check", "{\"token\":\"" + token + "\"}");
    }

    private static HttpResponse<String> check(String roomId, String token, String resume) {
        return node.post("/api/rooms/" + roomId + "/links/check",
            "{\"token\":\"" + token + "\",\"resume\":\"" + resume + "\"}");
    }

    private static JsonNode json(HttpResponse<String> response) throws Exception {
        return Codec.mapper().readTree(response.body());
    }

    private static List<String> fields(JsonNode node) {
        return StreamSupport.stream(((Iterable<String>) node::fieldNames).spliterator(), false).toList();
    }

    private static void assertNothingSecretIn(String body, CreatedRoom room) {
        assertAll(
            () -> assertFalse(body.contains(PROMPT_TEXT), body),
            () -> assertFalse(body.contains(room.hostToken()), body),
            () -> assertFalse(body.contains(room.inviteToken()), body));
    }
}
