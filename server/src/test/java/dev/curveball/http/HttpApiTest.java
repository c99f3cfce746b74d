package dev.curveball.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.curveball.config.Setting;
import dev.curveball.protocol.Codec;
import dev.curveball.testing.CreatedRoom;
import dev.curveball.testing.RunningNode;
import java.net.http.HttpResponse;
import java.util.Base64;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The HTTP contract other tools script against. */
class HttpApiTest {
    @RegisterExtension
    static final RunningNode node = new RunningNode(Map.of(Setting.MAX_ROOMS, "40"));


    @Test
    void creatingARoomAnswers201WithTheRoomIdAndTwoAbsoluteLinks() throws Exception {
        HttpResponse<String> response = node.post("/api/rooms",
            "{\"title\":\"Thursday\",\"mode\":\"pair\",\"creatorSeat\":\"interviewer\"}");

        assertEquals(201, response.statusCode());
        assertEquals("application/json", response.headers().firstValue("content-type").orElse(""));
        JsonNode body = Codec.mapper().readTree(response.body());
        String room = body.path("room").asText();
        Pattern link = Pattern.compile(Pattern.quote(node.baseUrl() + "/r/" + room) + "#t=[A-Za-z0-9_-]+");
        assertTrue(link.matcher(body.at("/links/host").asText()).matches(), body.toString());
        assertTrue(link.matcher(body.at("/links/invite").asText()).matches(), body.toString());
        assertNotEquals(body.at("/links/host").asText(), body.at("/links/invite").asText());
    }

    @Test
    void tokensCarry256RandomBits() {
        CreatedRoom room = node.createRoom("{}");

        assertEquals(32, Base64.getUrlDecoder().decode(room.hostToken()).length, "256 bits, as the README says");
        assertEquals(32, Base64.getUrlDecoder().decode(room.inviteToken()).length);
        assertNotEquals(room.hostToken(), room.inviteToken());
        assertNotEquals(room.id(), node.createRoom("{}").id());
    }

    @Test
    void anEmptyBodyCreatesAPairRoomWithDefaults() {
        assertEquals(201, node.post("/api/rooms", "").statusCode());
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "{\"mode\":\"trio\"}",
        "{\"creatorSeat\":\"observer\"}",
        "{\"creatorSeat\":\"judge\"}",
        "{\"durationMinutes\":0}",
        "{\"title\":42,\"mode\":[]}",
        "not json",
    })
    void aBadRoomRequestAnswers400WithACodeAndAMessage(String body) throws Exception {
        HttpResponse<String> response = node.post("/api/rooms", body);

        assertEquals(400, response.statusCode());
        JsonNode error = Codec.mapper().readTree(response.body());
        assertEquals("bad-message", error.path("code").asText());
        assertTrue(error.path("message").asText().length() > 10, error.toString());
    }

    @Test
    void aTooLongTitleIsRefusedNamingTheField() throws Exception {
        HttpResponse<String> response = node.post("/api/rooms", "{\"title\":\"" + "x".repeat(500) + "\"}");

        assertEquals(400, response.statusCode());
        assertTrue(response.body().contains("title"), response.body());
    }

    @Test
    void healthAnswers200WithJsonWhenTheNodeIsUp() throws Exception {
        HttpResponse<String> response = node.get("/health");

        assertEquals(200, response.statusCode());
        JsonNode health = Codec.mapper().readTree(response.body());
        assertEquals("UP", health.path("status").asText());
        assertEquals("ACTIVE", health.at("/checks/0/data/clusterState").asText());
    }

    @Test
    void theLandingPageAndTheRoomPageAreServed() {
        HttpResponse<String> landing = node.get("/");
        HttpResponse<String> roomPage = node.get("/r/abcdefghjk");

        assertEquals(200, landing.statusCode());
        assertTrue(landing.body().contains("<html"), "landing is HTML");
        assertEquals(200, roomPage.statusCode());
        assertTrue(roomPage.body().contains("<html"), "room page is HTML");
        assertNotEquals(landing.body(), roomPage.body());
        assertEquals("no-referrer", roomPage.headers().firstValue("referrer-policy").orElse(""));
    }

    @Test
    void staticPagesAnswerHeadRequestsToo() throws Exception {
        var head = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(
                java.net.URI.create(node.baseUrl() + "/r/abcdefghjk")).method("HEAD",
                java.net.http.HttpRequest.BodyPublishers.noBody()).build(),
            java.net.http.HttpResponse.BodyHandlers.discarding());

        assertEquals(200, head.statusCode());
    }

    @Test
    void anUnknownApiPathAnswers404InJson() {
        HttpResponse<String> response = node.get("/api/nothing-here");

        assertEquals(404, response.statusCode());
        assertTrue(response.body().contains("\"code\""), response.body());
    }
}
