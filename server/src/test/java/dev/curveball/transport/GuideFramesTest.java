package dev.curveball.transport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.curveball.protocol.Codec;
import dev.curveball.testing.CreatedRoom;
import dev.curveball.testing.RunningNode;
import dev.curveball.testing.WsClient;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Frame-level secrecy of the interviewer's guide: the scope points (and their ticks), the strong answer and the common
 * mistakes reach the candidate and a non-shadowing observer only once the round is done; a card's when, probe, core
 * mark and premises never. Every raw frame those sockets received is checked against every such string.
 */
class GuideFramesTest {
    @RegisterExtension
    static final RunningNode node = new RunningNode();

    @Test
    void theCandidateSideSeesNoScopeStrongAnswerMistakeOrProbeUntilTheRoundIsDone() {
        CreatedRoom room = node.createRoom(
            "{\"promptId\":\"card-fraud-detection\",\"mode\":\"group\",\"creatorSeat\":\"interviewer\"}");
        WsClient ada = WsClient.join(node.vertx(), node.port(), room.id(), room.hostToken(), "Ada");
        WsClient bo = WsClient.join(node.vertx(), node.port(), room.id(), room.inviteToken(), "Bo");
        WsClient cy = WsClient.join(node.vertx(), node.port(), room.id(), room.inviteToken(), "Cy");
        assertEquals("candidate", bo.welcome().at("/you/role").asText());
        assertEquals("observer", cy.welcome().at("/you/role").asText());

        JsonNode guide = ada.welcome().at("/room/round/guide");
        assertEquals("medium", guide.path("difficulty").asText(), "the interviewer gets the calibration: " + guide);
        assertTrue(guide.path("scope").size() >= 6, "and the scope points");
        assertTrue(bo.welcome().at("/room/round/guide").isMissingNode(), "no guide in the candidate's snapshot");
        assertTrue(cy.welcome().at("/room/round/guide").isMissingNode(), "nor an observer's who does not shadow");
        List<String> untilDone = new ArrayList<>();
        guide.path("scope").forEach(s -> untilDone.add(s.path("point").asText()));
        untilDone.add(guide.path("strongAnswer").asText());
        guide.path("commonMistakes").forEach(m -> untilDone.add(m.asText()));
        List<String> never = new ArrayList<>();
        JsonNode deck = ada.welcome().at("/room/round/deck");
        deck.forEach(card -> {
            never.add(card.path("probe").asText());
            card.path("assumes").forEach(premise -> never.add(premise.asText()));
            if (card.at("/when/after").isTextual()) {
                never.add(card.at("/when/after").asText());
            }
        });
        assertTrue(deck.get(0).path("core").asBoolean(), "core cards come first: " + deck.get(0));
        assertEquals(3, deck.findValues("core").stream().filter(JsonNode::asBoolean).count());
        assertTrue(deck.get(0).path("assumes").size() > 0, "a core card names its premises: " + deck.get(0));

        ack(ada, ada.command("timer.start"));
        String first = guide.at("/scope/0/id").asText();
        ack(ada, ada.command("scope.tick", "\"point\":\"" + first + "\",\"covered\":true"));
        JsonNode ticked = ada.awaitEvent("scope.ticked");
        assertEquals(first, ticked.at("/event/point").asText());
        assertTrue(ticked.at("/event/covered").asBoolean());
        assertEquals("forbidden", bo.awaitAnswer(bo.command("scope.tick",
            "\"point\":\"" + first + "\",\"covered\":false")).path("code").asText());
        assertEquals("bad-message", ada.awaitAnswer(ada.command("scope.tick",
            "\"point\":\"s99\",\"covered\":true")).path("code").asText());
        ack(ada, ada.command("twist.play", "\"card\":\"" + deck.get(0).path("id").asText() + "\""));
        bo.awaitEvent("twist.played");

        ack(ada, ada.command("round.end"));
        ack(ada, ada.command("scope.tick", "\"point\":\"" + guide.at("/scope/1/id").asText() + "\",\"covered\":true"));
        JsonNode feedback = bo.await(m -> "round.changed".equals(m.at("/event/kind").asText())
            && "feedback".equals(m.at("/event/round/stage").asText()));
        assertTrue(feedback.at("/event/round/guide").isMissingNode(), "still nothing in feedback: " + feedback);
        int candidateFramesBeforeDone = bo.frames().size();
        int observerFramesBeforeDone = cy.frames().size();

        ack(ada, ada.command("round.close"));
        for (WsClient client : List.of(bo, cy)) {
            JsonNode done = client.await(m -> "round.changed".equals(m.at("/event/kind").asText())
                && "done".equals(m.at("/event/round/stage").asText()));
            JsonNode scope = done.at("/event/round/guide/scope");
            assertEquals(guide.path("scope").size(), scope.size(), "the guide is everyone's once done: " + done);
            assertTrue(scope.get(0).path("covered").asBoolean(), "with the ticks: " + scope.get(0));
            assertTrue(scope.get(1).path("covered").asBoolean(), "including the one ticked in feedback");
            assertFalse(scope.get(2).path("covered").asBoolean());
        }

        assertNoneOf(bo.frames().subList(0, candidateFramesBeforeDone), untilDone, "the candidate, before done");
        assertNoneOf(cy.frames().subList(0, observerFramesBeforeDone), untilDone, "an observer, before done");
        assertNoneOf(bo.frames(), never, "the candidate, ever");
        assertNoneOf(cy.frames(), never, "an observer, ever");
        assertTrue(bo.messages("event").stream().noneMatch(m -> "scope.ticked".equals(m.at("/event/kind").asText())),
            "ticks are the interviewer side's alone");
        for (WsClient client : List.of(ada, bo, cy)) {
            client.close();
        }
    }

    private static void assertNoneOf(List<String> frames, List<String> secrets, String who) {
        for (String secret : secrets) {
            // Frames carry JSON: a secret appears there as its JSON string body (quotes and non-ASCII escaped or not).
            String encoded = Codec.mapper().valueToTree(secret).toString();
            String body = encoded.substring(1, encoded.length() - 1);
            String head = body.substring(0, Math.min(40, body.length()));
            for (String frame : frames) {
                assertFalse(frame.contains(head), who + " received \"" + head + "\" in " + frame);
            }
        }
    }

    private static void ack(WsClient client, long id) {
        JsonNode answer = client.awaitAnswer(id);
        assertEquals("ack", answer.path("type").asText(), answer.toString());
    }
}
