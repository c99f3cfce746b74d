package dev.curveball.transport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.curveball.testing.CreatedRoom;
import dev.curveball.testing.RunningNode;
import dev.curveball.testing.WsClient;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Two people in one room, over real WebSockets, against a real node with embedded Hazelcast. */
class RoomOverWebSocketTest {
    private static final String PROMPT_TEXT = "Design a card-fraud scorer for 8k payments per second.";
    @RegisterExtension
    static final RunningNode node = new RunningNode();


    private static CreatedRoom room() {
        return node.createRoom("{\"title\":\"Pair practice\",\"creatorSeat\":\"interviewer\","
            + "\"prompt\":{\"title\":\"Card fraud\",\"text\":\"" + PROMPT_TEXT + "\"}}");
    }

    @Test
    void twoPeopleWithDifferentLinksJoinTheSameRoomInTheirSeats() {
        CreatedRoom room = room();
        try (WsClient ada = WsClient.join(node.vertx(), node.port(), room.id(), room.hostToken(), "Ada");
             WsClient bo = WsClient.join(node.vertx(), node.port(), room.id(), room.inviteToken(), "Bo")) {

            assertEquals("interviewer", ada.welcome().at("/you/role").asText());
            assertTrue(ada.welcome().at("/you/host").asBoolean());
            assertEquals("candidate", bo.welcome().at("/you/role").asText());
            assertFalse(bo.welcome().at("/you/host").asBoolean());
            assertEquals(2, bo.welcome().at("/room/participants").size(), "Bo's snapshot already holds Ada");

            JsonNode joined = ada.awaitEvent("participant.joined");
            assertEquals("Bo", joined.at("/event/participant/name").asText());
            assertTrue(joined.at("/event/participant/online").asBoolean());
        }
    }

    @Test
    void aHostCommandReachesBothSocketsInTheSameOrder() {
        CreatedRoom room = room();
        try (WsClient ada = WsClient.join(node.vertx(), node.port(), room.id(), room.hostToken(), "Ada");
             WsClient bo = WsClient.join(node.vertx(), node.port(), room.id(), room.inviteToken(), "Bo")) {
            ada.awaitEvent("participant.joined");

            long start = ada.command("timer.start");
            long pause = ada.command("timer.pause");
            long resume = ada.command("timer.resume");
            assertEquals("ack", ada.awaitAnswer(start).path("type").asText());
            assertEquals("ack", ada.awaitAnswer(pause).path("type").asText());
            long lastSeq = ada.awaitAnswer(resume).path("seq").asLong();

            for (WsClient client : List.of(ada, bo)) {
                client.await(m -> m.path("seq").asLong() == lastSeq && "event".equals(m.path("type").asText()));
            }
            assertEquals(List.of("started", "paused", "resumed"), timerChanges(ada));
            assertEquals(timerChanges(ada), timerChanges(bo));
            assertStrictlyIncreasingSeq(ada);
            assertStrictlyIncreasingSeq(bo);
        }
    }

    @Test
    void theCandidateIsForbiddenToControlTheTimerAndNothingChanges() {
        CreatedRoom room = room();
        try (WsClient ada = WsClient.join(node.vertx(), node.port(), room.id(), room.hostToken(), "Ada");
             WsClient bo = WsClient.join(node.vertx(), node.port(), room.id(), room.inviteToken(), "Bo")) {
            long seqBefore = bo.welcome().path("seq").asLong();

            JsonNode refused = bo.awaitAnswer(bo.command("timer.start"));

            assertEquals("error", refused.path("type").asText());
            assertEquals("forbidden", refused.path("code").asText());
            // Nothing changed: a fresh joiner still finds the timer idle and the room at the same seq.
            try (WsClient cy = WsClient.join(node.vertx(), node.port(), room.id(), room.inviteToken(), "Cy")) {
                assertEquals("idle", cy.welcome().at("/room/timer/state").asText());
                assertEquals(seqBefore + 1, cy.welcome().path("seq").asLong(), "only Cy's own join happened");
            }
        }
    }

    @Test
    void theCandidatesSocketNeverCarriesThePromptTextBeforeTheRoundStarts() {
        CreatedRoom room = room();
        try (WsClient ada = WsClient.join(node.vertx(), node.port(), room.id(), room.hostToken(), "Ada");
             WsClient bo = WsClient.join(node.vertx(), node.port(), room.id(), room.inviteToken(), "Bo")) {
            String newText = "Now: design it for 40k payments per second.";
            long set = ada.command("prompt.set", "\"title\":\"Card fraud v2\",\"text\":\"" + newText + "\"");
            ada.awaitAnswer(set);
            bo.await(m -> "Card fraud v2".equals(m.at("/event/prompt/title").asText()));

            assertTrue(ada.frames().stream().anyMatch(f -> f.contains(PROMPT_TEXT)), "the host reads the prompt");
            assertTrue(ada.frames().stream().anyMatch(f -> f.contains(newText)));
            for (String frame : bo.frames()) {
                assertFalse(frame.contains(PROMPT_TEXT), "candidate frame leaked the prompt: " + frame);
                assertFalse(frame.contains(newText), "candidate frame leaked the new prompt: " + frame);
            }
            for (JsonNode message : bo.messages()) {
                assertTrue(message.at("/room/prompt/text").isMissingNode(), "prompt text field in " + message);
                assertTrue(message.at("/event/prompt/text").isMissingNode(), "prompt text field in " + message);
            }

            ada.awaitAnswer(ada.command("timer.start"));
            JsonNode revealed = bo.awaitEvent("prompt.revealed");
            assertEquals(newText, revealed.at("/event/prompt/text").asText());
        }
    }

    @Test
    void eachSocketReceivesOnlyOneRenderingOfAPromptChange() {
        CreatedRoom room = room();
        try (WsClient ada = WsClient.join(node.vertx(), node.port(), room.id(), room.hostToken(), "Ada");
             WsClient bo = WsClient.join(node.vertx(), node.port(), room.id(), room.inviteToken(), "Bo")) {
            long set = ada.command("prompt.set", "\"title\":\"Ranking\",\"text\":\"Rank things.\"");
            long seq = ada.awaitAnswer(set).path("seq").asLong();
            long reset = ada.command("timer.reset");
            long after = ada.awaitAnswer(reset).path("seq").asLong();
            bo.await(m -> m.path("seq").asLong() == after);
            ada.await(m -> m.path("seq").asLong() == after);

            assertEquals(1, ada.messages("event").stream().filter(e -> e.at("/event/kind").asText()
                .equals("prompt.changed")).count());
            assertEquals(1, bo.messages("event").stream().filter(e -> e.at("/event/kind").asText()
                .equals("prompt.changed")).count());
            assertNotEquals(seq, after);
        }
    }

    @Test
    void reconnectingWithTheResumeSecretReturnsTheSameParticipantAndSeat() {
        CreatedRoom room = room();
        try (WsClient ada = WsClient.join(node.vertx(), node.port(), room.id(), room.hostToken(), "Ada")) {
            String participant;
            String secret;
            try (WsClient bo = WsClient.join(node.vertx(), node.port(), room.id(), room.inviteToken(), "Bo")) {
                participant = bo.welcome().at("/you/participant").asText();
                secret = bo.welcome().path("resume").asText();
            }
            ada.await(m -> "presence.changed".equals(m.at("/event/kind").asText())
                && !m.at("/event/online").asBoolean());

            try (WsClient again = WsClient.connect(node.vertx(), node.port())) {
                again.send("{\"type\":\"hello\",\"protocol\":1,\"room\":\"" + room.id() + "\",\"token\":\""
                    + room.inviteToken() + "\",\"name\":\"Bo\",\"resume\":{\"secret\":\"" + secret + "\"}}");
                JsonNode welcome = again.welcome();

                assertEquals(participant, welcome.at("/you/participant").asText());
                assertEquals("candidate", welcome.at("/you/role").asText());
                assertEquals(2, welcome.at("/room/participants").size(), "no duplicate participant");
                ada.await(m -> "presence.changed".equals(m.at("/event/kind").asText())
                    && m.at("/event/online").asBoolean());
            }
        }
    }

    @Test
    void aResumingClientWithARecentLastSeqGetsExactlyTheEventsItMissed() {
        CreatedRoom room = room();
        try (WsClient ada = WsClient.join(node.vertx(), node.port(), room.id(), room.hostToken(), "Ada")) {
            String secret;
            long lastSeq;
            try (WsClient bo = WsClient.join(node.vertx(), node.port(), room.id(), room.inviteToken(), "Bo")) {
                secret = bo.welcome().path("resume").asText();
                lastSeq = bo.welcome().path("seq").asLong();
            }
            long startSeq = ada.awaitAnswer(ada.command("timer.start")).path("seq").asLong();

            try (WsClient again = WsClient.connect(node.vertx(), node.port())) {
                again.send("{\"type\":\"hello\",\"protocol\":1,\"room\":\"" + room.id() + "\",\"token\":\""
                    + room.inviteToken() + "\",\"name\":\"Bo\",\"resume\":{\"secret\":\"" + secret
                    + "\",\"lastSeq\":" + lastSeq + "}}");
                JsonNode welcome = again.welcome();
                assertTrue(welcome.path("room").isMissingNode(), "no snapshot needed");
                assertEquals(lastSeq, welcome.path("seq").asLong());
                again.await(m -> m.path("seq").asLong() > startSeq);

                List<Long> seqs = again.messages("event").stream().map(m -> m.path("seq").asLong()).toList();
                assertEquals(seqs.stream().distinct().sorted().toList(), seqs, "in order, no duplicates");
                assertEquals(lastSeq + 1, seqs.get(0), "starts right after lastSeq");
                List<String> kinds = again.messages("event").stream().map(m -> m.at("/event/kind").asText())
                    .toList();
                assertTrue(kinds.containsAll(List.of("presence.changed", "prompt.revealed", "timer.changed")),
                    kinds.toString());
            }
        }
    }

    @Test
    void pingIsAnsweredWithTheClientTimeAndTheServerTime() {
        try (WsClient client = WsClient.connect(node.vertx(), node.port())) {
            long before = System.currentTimeMillis();
            client.send("{\"type\":\"ping\",\"t\":12345}");
            JsonNode pong = client.awaitType("pong");

            assertEquals(12345, pong.path("t").asLong());
            assertTrue(pong.path("serverTime").asLong() >= before);
        }
    }

    private static List<String> timerChanges(WsClient client) {
        return client.messages("event").stream()
            .filter(m -> "timer.changed".equals(m.at("/event/kind").asText()))
            .map(m -> m.at("/event/change").asText())
            .toList();
    }

    private static void assertStrictlyIncreasingSeq(WsClient client) {
        List<Long> seqs = client.messages("event").stream().map(m -> m.path("seq").asLong()).toList();
        for (int i = 1; i < seqs.size(); i++) {
            assertTrue(seqs.get(i) > seqs.get(i - 1), "seq went " + seqs);
        }
    }
}
