package dev.curveball.transport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.curveball.testing.CreatedRoom;
import dev.curveball.testing.RunningNode;
import dev.curveball.testing.WsClient;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.awaitility.Awaitility;
import org.awaitility.core.ConditionTimeoutException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The server plays a scheduled card by itself, once, while the interviewer is offline and nobody sends a command.
 *
 * <p>This test costs a real minute: a phase is at least 60 000 ms long, and the card is scheduled for the start of
 * phase 1, which auto-advance reaches when phase 0 runs out. Nothing in the node can be made to run faster without
 * reaching into it, and the point is that the real node's own tick does it.
 */
class ScheduledTwistTest {
    /** The shortest phase the server accepts. */
    private static final long FIRST_PHASE_MS = 60_000;
    /** The phase's length, plus a tick (1 s by default) and slack for a loaded machine. */
    private static final Duration DUE_WITHIN = Duration.ofMillis(FIRST_PHASE_MS + 2_500);

    /** As the web client's {@code connection.js}. */
    private static final long PING_EVERY_MS = 5_000;

    @RegisterExtension
    static final RunningNode node = new RunningNode();

    @Test
    @Timeout(75)
    void aCardScheduledForAPhaseIsPlayedOnceByTheServerWhileTheInterviewerIsOffline() {
        CreatedRoom room = node.createRoom(
            "{\"promptId\":\"card-fraud-detection\",\"mode\":\"pair\",\"creatorSeat\":\"interviewer\"}");
        WsClient ada = WsClient.join(node.vertx(), node.port(), room.id(), room.hostToken(), "Ada");
        WsClient bo = WsClient.join(node.vertx(), node.port(), room.id(), room.inviteToken(), "Bo");
        // Like the browser, Bo pings every few seconds; a socket silent for a minute is closed as idle.
        long keepAlive = node.vertx().setPeriodic(PING_EVERY_MS, id -> bo.send("{\"type\":\"ping\",\"t\":"
            + System.currentTimeMillis() + "}"));
        String adaId = ada.welcome().at("/you/participant").asText();
        String adaSecret = ada.welcome().path("resume").asText();
        JsonNode card = ada.welcome().at("/room/round/deck/0");
        String cardId = card.path("id").asText();
        String cardText = card.path("text").asText();

        ack(ada, ada.command("settings.set", "\"autoAdvance\":true"));
        ack(ada, ada.command("timer.phases", "\"phases\":[{\"name\":\"Warm-up\",\"durationMs\":" + FIRST_PHASE_MS
            + "},{\"name\":\"Design\",\"durationMs\":600000}]"));
        ack(ada, ada.command("twist.schedule", "\"card\":\"" + cardId + "\",\"atPhase\":1"));
        ack(ada, ada.command("timer.start"));
        long since = ada.await(timerChanged("started")).at("/event/timer/since").asLong();
        long adaLastSeq = ada.messages("event").stream().mapToLong(m -> m.path("seq").asLong()).max().orElseThrow();

        ada.close();
        bo.await(event("presence.changed", e -> adaId.equals(e.path("participant").asText())
            && !e.path("online").asBoolean()));

        // Nobody sends anything now: the node's tick must advance the phase and play the card.
        long waitFrom = System.currentTimeMillis();
        JsonNode played;
        try {
            played = Awaitility.await().atMost(DUE_WITHIN.minusMillis(waitFrom - since))
                .until(() -> bo.messages("event").stream().filter(twistPlayed(cardId)).findFirst(),
                    Optional::isPresent)
                .orElseThrow();
        } catch (ConditionTimeoutException e) {
            throw new AssertionError("no twist.played for " + cardId + " within " + DUE_WITHIN + " of the start; "
                + "Bo's socket closed: " + (bo.closed() ? "with " + bo.awaitClose() : "no") + "; Bo received: " + bo.messages("event").stream()
                .map(m -> m.path("seq") + " " + m.at("/event/kind").asText() + " " + m.at("/event/change").asText())
                .toList(), e);
        }
        long arrivedAfter = System.currentTimeMillis() - since;
        JsonNode entry = played.at("/event/entry");
        assertEquals(cardText, entry.path("text").asText());
        assertTrue(entry.path("guidance").isMissingNode(), "no guidance for the candidate");
        assertEquals(since + FIRST_PHASE_MS, entry.path("at").asLong(), "played at the moment phase 1 began");
        assertEquals(FIRST_PHASE_MS, entry.path("elapsedMs").asLong());
        assertEquals("Design", entry.path("phase").asText());
        assertTrue(arrivedAfter >= FIRST_PHASE_MS && arrivedAfter <= DUE_WITHIN.toMillis(),
            "arrived " + arrivedAfter + " ms after the start");
        assertTrue(bo.messages("event").stream().anyMatch(timerChanged("advanced")), "the phase advanced itself");

        // Exactly once: later ticks (one a second) find nothing more to play.
        Awaitility.await().during(Duration.ofMillis(2_500)).atMost(Duration.ofSeconds(4))
            .until(() -> bo.messages("event").stream().filter(twistPlayed(cardId)).count() == 1);
        List<String> before = bo.frames().subList(0, bo.frames().indexOf(bo.frames().stream()
            .filter(f -> f.contains("\"twist.played\"")).findFirst().orElseThrow()));
        assertFalse(before.stream().anyMatch(f -> f.contains(cardText)), "the text reached Bo before it was played");

        // The interviewer comes back: replayed from lastSeq, and in a fresh snapshot, the card is there once.
        try (WsClient replayed = resume(room, adaSecret, adaLastSeq)) {
            assertTrue(replayed.welcome().path("room").isMissingNode(), "a replay, not a snapshot");
            replayed.await(event("presence.changed", e -> adaId.equals(e.path("participant").asText())
                && e.path("online").asBoolean()));
            assertEquals(1, replayed.messages("event").stream().filter(twistPlayed(cardId)).count());
        }
        try (WsClient snapshot = resume(room, adaSecret, null)) {
            JsonNode round = snapshot.welcome().at("/room/round");
            assertEquals(1, round.path("timeline").size(), "one entry in the timeline: " + round.path("timeline"));
            assertEquals(cardId, round.at("/timeline/0/ref").asText());
            for (JsonNode deckCard : round.path("deck")) {
                boolean isIt = cardId.equals(deckCard.path("id").asText());
                assertEquals(isIt, deckCard.has("played"), "only the scheduled card is played: " + deckCard);
            }
            assertEquals(1, snapshot.welcome().at("/room/timer/phase").asInt());
        }
        node.vertx().cancelTimer(keepAlive);
        bo.close();
    }

    private static WsClient resume(CreatedRoom room, String secret, Long lastSeq) {
        WsClient client = WsClient.connect(node.vertx(), node.port());
        client.send("{\"type\":\"hello\",\"protocol\":1,\"room\":\"" + room.id() + "\",\"token\":\""
            + room.hostToken() + "\",\"name\":\"Ada\",\"resume\":{\"secret\":\"" + secret + "\""
            + (lastSeq == null ? "" : ",\"lastSeq\":" + lastSeq) + "}}");
        client.welcome();
        return client;
    }

    private static void ack(WsClient client, long id) {
        JsonNode answer = client.awaitAnswer(id);
        assertEquals("ack", answer.path("type").asText(), answer.toString());
    }

    private static Predicate<JsonNode> twistPlayed(String cardId) {
        return event("twist.played", e -> cardId.equals(e.at("/entry/ref").asText()));
    }

    private static Predicate<JsonNode> timerChanged(String change) {
        return event("timer.changed", e -> change.equals(e.path("change").asText()));
    }

    private static Predicate<JsonNode> event(String kind, Predicate<JsonNode> body) {
        return m -> "event".equals(m.path("type").asText()) && kind.equals(m.at("/event/kind").asText())
            && body.test(m.path("event"));
    }
}
