package dev.curveball.durable;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import dev.curveball.testing.CreatedRoom;
import dev.curveball.testing.WsClient;
import io.vertx.core.Vertx;
import java.util.function.Function;

/**
 * A pair room in which Ada (host, interviewer) and Bo played a whole first round over real sockets (twist played,
 * notes typed, scorecard rated and shared, round closed) and are part-way into a second, with its notes typed, an
 * assumption stated and its timer paused: everything a restart must give back.
 */
record PlayedRoom(CreatedRoom room, String ada, String adaSecret, String bo, String boSecret, String twistTitle,
                  JsonNode pausedTimer) {
    static final String NOTES_ONE = "Round one: score every payment within 50 ms";
    static final String EVIDENCE = "Asked when the chargeback labels arrive";
    static final String NOTES_TWO = "Round two: churn features per account";
    static final String ASSUMPTION_TWO = "Churn is labelled 30 days after the last login";

    static PlayedRoom play(Vertx vertx, int port, Function<String, CreatedRoom> create) {
        CreatedRoom room = create.apply("{\"title\":\"Durable practice\",\"creatorSeat\":\"interviewer\","
            + "\"promptId\":\"card-fraud-detection\"}");
        try (WsClient ada = WsClient.join(vertx, port, room.id(), room.hostToken(), "Ada");
             WsClient bo = WsClient.join(vertx, port, room.id(), room.inviteToken(), "Bo")) {
            String twistTitle = card(ada.welcome().at("/room/round/deck"), "t1").path("title").asText();
            ok(ada, "timer.start", "");
            ok(ada, "twist.play", "\"card\":\"t1\"");
            ok(bo, "notes.op", notes(0, NOTES_ONE, 1));
            ok(ada, "scorecard.rate", "\"dimension\":\"data\",\"level\":3,\"evidence\":\"" + EVIDENCE + "\"");
            ok(ada, "round.end", "");
            ok(ada, "feedback.share", "");
            ok(ada, "round.close", "");
            long firstRev = bo.messages().stream().filter(m -> "notes.op".equals(m.at("/event/kind").asText()))
                .mapToLong(m -> m.at("/event/rev").asLong()).max().orElseThrow();
            ok(ada, "round.next", "\"promptId\":\"churn-prediction\"");
            // The next round starts from empty notes: the room clears them with one more edit.
            long cleared = bo.await(m -> "notes.op".equals(m.at("/event/kind").asText())
                && m.at("/event/rev").asLong() > firstRev).at("/event/rev").asLong();
            ok(ada, "timer.start", "");
            ok(bo, "notes.op", notes(cleared, NOTES_TWO, 2));
            ok(bo, "assumption.add", "\"text\":\"" + ASSUMPTION_TWO + "\"");
            long pauseSeq = ok(ada, "timer.pause", "").path("seq").asLong();
            JsonNode paused = ada.await(m -> "event".equals(m.path("type").asText())
                && m.path("seq").asLong() == pauseSeq).at("/event/timer");
            return new PlayedRoom(room, ada.welcome().at("/you/participant").asText(),
                ada.welcome().path("resume").asText(), bo.welcome().at("/you/participant").asText(),
                bo.welcome().path("resume").asText(), twistTitle, paused);
        }
    }

    /** Reconnects as someone who was in the room, with their link and resume secret; answers the welcome. */
    static JsonNode resume(WsClient client, String roomId, String token, String secret, String name) {
        client.send("{\"type\":\"hello\",\"protocol\":1,\"room\":\"" + roomId + "\",\"token\":\"" + token
            + "\",\"name\":\"" + name + "\",\"resume\":{\"secret\":\"" + secret + "\"}}");
        return client.welcome();
    }

    static String notes(long rev, String text, long clientSeq) {
        return "\"doc\":\"shared\",\"rev\":" + rev + ",\"op\":[\"" + text + "\"],\"client\":\"c-bo\",\"clientSeq\":"
            + clientSeq;
    }

    /** Sends a command and insists that it was applied; answers the ack. */
    static JsonNode ok(WsClient client, String type, String fields) {
        JsonNode answer = client.awaitAnswer(client.command(type, fields));
        assertEquals("ack", answer.path("type").asText(), type + ": " + answer);
        return answer;
    }

    private static JsonNode card(JsonNode deck, String id) {
        for (JsonNode card : deck) {
            if (card.path("id").asText().equals(id)) {
                return card;
            }
        }
        throw new IllegalStateException("no card " + id + " in " + deck);
    }
}
