package dev.curveball.durable;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.curveball.protocol.Codec;
import dev.curveball.testing.ProcessNode;
import dev.curveball.testing.WsClient;
import io.vertx.core.Vertx;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/**
 * What both people of a {@link PlayedRoom} find when they come back to a restarted node: themselves in their seats,
 * the notes, the paused timer, the round's assumption log, and both rounds' reports with the notes, the shared
 * scorecard and the played twist.
 */
final class RestoredRoom {
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private RestoredRoom() {
    }

    /** Both people resume on {@code node}; {@code notes} is the shared notes' text as last acknowledged. */
    static void assertWhole(Vertx vertx, ProcessNode node, PlayedRoom played, String notes) {
        try (WsClient ada = WsClient.connect(vertx, node.port());
             WsClient bo = WsClient.connect(vertx, node.port())) {
            JsonNode adaWelcome = PlayedRoom.resume(ada, played.room().id(), played.room().hostToken(),
                played.adaSecret(), "Ada");
            JsonNode boWelcome = PlayedRoom.resume(bo, played.room().id(), played.room().inviteToken(),
                played.boSecret(), "Bo");
            JsonNode timer = adaWelcome.at("/room/timer");
            JsonNode participants = adaWelcome.at("/room/participants");
            JsonNode assumptions = boWelcome.at("/room/round/assumptions");
            String roundOne = report(node, played.room().id(), 1, played.boSecret());
            String roundTwo = report(node, played.room().id(), 2, played.adaSecret());
            assertAll(
                () -> assertEquals(played.ada(), adaWelcome.at("/you/participant").asText(), "Ada is Ada again"),
                () -> assertTrue(adaWelcome.at("/you/host").asBoolean(), "and still the host"),
                () -> assertEquals(played.bo(), boWelcome.at("/you/participant").asText(), "Bo is Bo again"),
                () -> assertEquals(2, participants.size(), "nobody duplicated: " + participants),
                () -> assertEquals(2, adaWelcome.at("/room/round/number").asInt()),
                () -> assertEquals(notes, adaWelcome.at("/room/notes/shared/text").asText()),
                () -> assertEquals("paused", timer.path("state").asText()),
                () -> assertEquals(played.pausedTimer().path("remainingMs").asLong(), timer.path("remainingMs")
                    .asLong(), "the paused timer shows the same time left"),
                () -> assertEquals(played.pausedTimer().path("elapsedMs").asLong(), timer.path("elapsedMs")
                    .asLong()),
                () -> assertEquals(1, assumptions.size(), "the log, nothing doubled: " + assumptions),
                () -> assertEquals(PlayedRoom.ASSUMPTION_TWO, assumptions.at("/0/text").asText()),
                () -> assertEquals(played.bo(), assumptions.at("/0/by").asText()),
                () -> assertEquals(assumptions, adaWelcome.at("/room/round/assumptions"), "everyone's log"),
                () -> assertTrue(roundOne.contains(PlayedRoom.NOTES_ONE), roundOne),
                () -> assertTrue(roundOne.contains(PlayedRoom.EVIDENCE), "the shared scorecard: " + roundOne),
                () -> assertTrue(roundOne.contains(played.twistTitle()), "the played twist: " + roundOne),
                () -> assertTrue(roundTwo.contains(PlayedRoom.NOTES_TWO), roundTwo),
                () -> assertTrue(boWelcome.at("/room/round/deck/0/assumes/0").isTextual(),
                    "round two's interviewer finds the deck with its core card's premises: "
                        + boWelcome.at("/room/round/deck/0")));
            assertFalse(seenOnlineBeforeTheyCameBack(adaWelcome, played.bo()),
                "Bo's old socket died with the old node; he shows online only once he is back");
        }
    }

    /** The node's {@code /ready} body, whose {@code store} field says how far behind the database is. */
    static JsonNode ready(ProcessNode node) throws IOException {
        return Codec.mapper().readTree(send(HttpRequest.newBuilder(URI.create(node.baseUrl() + "/ready"))
            .build()).body());
    }

    /** Whether Ada's welcome, sent before Bo reconnected, showed Bo online. */
    private static boolean seenOnlineBeforeTheyCameBack(JsonNode welcome, String bo) {
        for (JsonNode participant : welcome.at("/room/participants")) {
            if (participant.path("id").asText().equals(bo)) {
                return participant.path("online").asBoolean();
            }
        }
        throw new IllegalStateException("Bo is not in the room: " + welcome);
    }

    private static String report(ProcessNode node, String roomId, int round, String secret) {
        HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(node.baseUrl() + "/api/rooms/"
            + roomId + "/rounds/" + round + "/report.md")).header("Authorization", "Bearer " + secret).build());
        assertEquals(200, response.statusCode(), response.body());
        return response.body();
    }

    private static HttpResponse<String> send(HttpRequest request) {
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
