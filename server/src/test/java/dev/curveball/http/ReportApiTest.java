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
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.function.Executable;

/**
 * {@code GET /api/rooms/{id}/rounds/{n}/report.md} on a real node, after a round played over real sockets: Ada
 * (host) interviews Bo on a catalog prompt, plays card t1, moves on a phase, Bo writes the notes, Ada rates Bo
 * without sharing, and the round is ended and closed.
 */
class ReportApiTest {
    private static final String NOTES = "NOTES-from-Bo: score every payment";
    private static final String EVIDENCE = "EVIDENCE-asked-how-labels-arrive";
    @RegisterExtension
    static final RunningNode node = new RunningNode();
    private static final HttpClient http = HttpClient.newHttpClient();

    private static CreatedRoom room;
    private static String adaSecret;
    private static String boSecret;
    /** Ada's view of the round before it started: the whole deck and every clarification. */
    private static JsonNode interviewersRound;
    private static String promptText;
    /** The prompt's first planned phase as the welcome gives it: the report's phase table starts with it. */
    private static JsonNode firstPhase;

    @BeforeAll
    static void playOneRound() {
        room = node.createRoom("{\"title\":\"Report practice\",\"creatorSeat\":\"interviewer\","
            + "\"promptId\":\"card-fraud-detection\"}");
        try (WsClient ada = WsClient.join(node.vertx(), node.port(), room.id(), room.hostToken(), "Ada");
             WsClient bo = WsClient.join(node.vertx(), node.port(), room.id(), room.inviteToken(), "Bo")) {
            adaSecret = ada.welcome().path("resume").asText();
            boSecret = bo.welcome().path("resume").asText();
            interviewersRound = ada.welcome().at("/room/round");
            promptText = ada.welcome().at("/room/prompt/text").asText();
            firstPhase = ada.welcome().at("/room/timer/phases/0");

            ok(ada, "timer.start", "");
            ok(ada, "twist.play", "\"card\":\"t1\"");
            ok(bo, "notes.op", "\"doc\":\"shared\",\"rev\":0,\"op\":[\"" + NOTES + "\"],\"client\":\"c-bo\","
                + "\"clientSeq\":1");
            ok(ada, "timer.next", "");
            ok(ada, "scorecard.rate", "\"dimension\":\"data\",\"level\":3,\"evidence\":\"" + EVIDENCE + "\"");
            ok(ada, "round.end", "");
            ok(ada, "round.close", "");
        }
    }

    @Test
    void theCandidateDownloadsTheReportOfThePlayedRoundWithoutTheUnsharedScorecard() {
        HttpResponse<String> response = report(room.id(), "1", "Bearer " + boSecret);

        assertEquals(200, response.statusCode(), response.body());
        assertEquals("text/markdown; charset=utf-8", response.headers().firstValue("content-type").orElse(""));
        assertEquals("attachment; filename=\"curveball-round-1.md\"",
            response.headers().firstValue("content-disposition").orElse(""));
        String report = response.body();
        JsonNode played = card("t1");
        assertAll(
            () -> assertTrue(report.startsWith("# Round 1: " + interviewersRound.path("title").asText() + "\n"),
                report),
            () -> assertTrue(report.contains("- Interviewer: Ada\n- Candidate: Bo\n"), report),
            () -> assertTrue(report.contains("> " + promptText.lines().findFirst().orElseThrow() + "\n"),
                "the prompt as drawn: " + report),
            () -> assertTrue(report.contains("| " + firstPhase.path("name").asText() + " | "
                + minutesAndSeconds(firstPhase.path("durationMs").asLong()) + " |"), "the planned phases: " + report),
            () -> assertTrue(report.contains("· " + firstPhase.path("name").asText() + " · Twist (" + played.path("stress").asText() + "): **"
                + played.path("title").asText() + "**: " + played.path("text").asText()), report),
            () -> assertTrue(report.contains(NOTES), report),
            () -> assertFalse(report.contains("Scorecard"), report),
            () -> assertFalse(report.contains(EVIDENCE), report));
    }

    @Test
    void theInterviewerDownloadsTheSameReportWithTheirScorecard() {
        HttpResponse<String> response = report(room.id(), "1", "Bearer " + adaSecret);

        assertEquals(200, response.statusCode(), response.body());
        assertTrue(response.body().contains("| data | 3/4 | " + EVIDENCE + " |"), response.body());
        assertTrue(response.body().contains(NOTES), response.body());
    }

    @Test
    void noReportHoldsAnUnplayedCardAGuidanceOrAnUnrevealedAnswer() {
        List<String> secrets = new ArrayList<>();
        for (JsonNode card : interviewersRound.path("deck")) {
            secrets.add(card.path("guidance").asText());
            if (!card.path("id").asText().equals("t1")) {
                secrets.add(card.path("text").asText());
            }
        }
        for (JsonNode clarification : interviewersRound.path("clarifications")) {
            secrets.add(clarification.path("answer").asText());
        }
        assertTrue(secrets.size() > 8, "the catalog prompt has a deck and clarifications: " + secrets);

        for (String secret : List.of(adaSecret, boSecret)) {
            String report = report(room.id(), "1", "Bearer " + secret).body();
            assertAll(secrets.stream().map(text -> (Executable) () -> assertFalse(report.contains(text),
                "leaked: " + text)));
        }
    }

    @Test
    void aMissingHeaderOrASecretThatIsNotThisRoomsIsRefusedWithBadToken() throws Exception {
        CreatedRoom other = node.createRoom("{\"title\":\"Another room\"}");
        String othersSecret;
        try (WsClient cy = WsClient.join(node.vertx(), node.port(), other.id(), other.hostToken(), "Cy")) {
            othersSecret = cy.welcome().path("resume").asText();
        }

        for (String header : List.of("", "Bearer ", "Bearer not-a-secret", "Bearer " + othersSecret,
            "Basic " + boSecret, "Bearer " + room.hostToken())) {
            HttpResponse<String> response = report(room.id(), "1", header);

            assertEquals(401, response.statusCode(), header);
            assertEquals("bad-token", code(response), header);
            assertFalse(response.body().contains(NOTES), header);
        }
    }

    @Test
    void aRoundThatDoesNotExistOrHasNotStartedAndAnUnknownRoomAreNotFound() throws Exception {
        CreatedRoom fresh = node.createRoom("{\"title\":\"Still in the lobby\"}");
        String freshSecret;
        try (WsClient cy = WsClient.join(node.vertx(), node.port(), fresh.id(), fresh.hostToken(), "Cy")) {
            freshSecret = cy.welcome().path("resume").asText();
        }

        HttpResponse<String> noSuchRound = report(room.id(), "2", "Bearer " + boSecret);
        HttpResponse<String> notANumber = report(room.id(), "first", "Bearer " + boSecret);
        HttpResponse<String> inTheLobby = report(fresh.id(), "1", "Bearer " + freshSecret);
        HttpResponse<String> noSuchRoom = report("abcdefghjk", "1", "Bearer " + boSecret);

        assertEquals(404, noSuchRound.statusCode());
        assertEquals(404, notANumber.statusCode());
        assertEquals(404, inTheLobby.statusCode());
        assertEquals("invalid-state", code(inTheLobby));
        assertEquals(404, noSuchRoom.statusCode());
        assertEquals("unknown-room", code(noSuchRoom));
    }

    /** Sends a command and insists that it was applied. */
    private static void ok(WsClient client, String type, String fields) {
        JsonNode answer = client.awaitAnswer(client.command(type, fields));
        assertEquals("ack", answer.path("type").asText(), type + ": " + answer);
    }

    /** 300000 → "05:00", as the report's phase table writes a planned duration. */
    private static String minutesAndSeconds(long ms) {
        return String.format("%02d:%02d", ms / 60_000, ms / 1000 % 60);
    }

    private static JsonNode card(String id) {
        return StreamSupport.stream(interviewersRound.path("deck").spliterator(), false)
            .filter(c -> c.path("id").asText().equals(id)).findFirst().orElseThrow();
    }

    private static HttpResponse<String> report(String roomId, String round, String authorization) {
        HttpRequest.Builder request = HttpRequest.newBuilder(
            URI.create(node.baseUrl() + "/api/rooms/" + roomId + "/rounds/" + round + "/report.md")).GET();
        if (!authorization.isEmpty()) {
            request.header("Authorization", authorization);
        }
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String code(HttpResponse<String> response) throws IOException {
        return Codec.mapper().readTree(response.body()).path("code").asText();
    }
}
