package dev.curveball.transport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.curveball.testing.CreatedRoom;
import dev.curveball.testing.RunningNode;
import dev.curveball.testing.WsClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The interviewer's private notes never travel to anyone else's socket; shared notes and carets do. */
class NotesPrivacyTest {
    private static final String PRIVATE_MARK = "weak-on-label-delay-7Q";
    @RegisterExtension
    static final RunningNode node = new RunningNode();


    private static long edit(WsClient client, String doc, long rev, String op, int clientSeq) {
        return client.command("notes.op", "\"doc\":\"" + doc + "\",\"rev\":" + rev + ",\"op\":" + op
            + ",\"client\":\"c-" + doc + "\",\"clientSeq\":" + clientSeq);
    }

    @Test
    void theCandidatesSocketNeverCarriesAByteOfTheInterviewersPrivateNotes() {
        CreatedRoom room = node.createRoom("{}");
        try (WsClient ada = WsClient.join(node.vertx(), node.port(), room.id(), room.hostToken(), "Ada");
             WsClient bo = WsClient.join(node.vertx(), node.port(), room.id(), room.inviteToken(), "Bo")) {
            JsonNode ack = ada.awaitAnswer(edit(ada, "private", 0, "[\"" + PRIVATE_MARK + "\"]", 1));
            assertEquals(1, ack.path("rev").asLong());
            long shared = ada.awaitAnswer(edit(ada, "shared", 0, "[\"## Requirements\"]", 1)).path("seq").asLong();
            bo.await(m -> m.path("seq").asLong() == shared);
            ada.awaitEvent("notes.op");

            try (WsClient cy = WsClient.join(node.vertx(), node.port(), room.id(), room.inviteToken(), "Cy")) {
                assertTrue(cy.welcome().at("/room/notes/private").isMissingNode());
                assertEquals("## Requirements", cy.welcome().at("/room/notes/shared/text").asText());
                assertFalse(cy.frames().stream().anyMatch(f -> f.contains(PRIVATE_MARK)));
            }
            JsonNode fetched = bo.awaitAnswer(bo.command("notes.fetch", "\"doc\":\"private\""));
            assertEquals("forbidden", fetched.path("code").asText());
            assertEquals("forbidden", bo.awaitAnswer(edit(bo, "private", 0, "[\"x\"]", 1)).path("code").asText());

            assertTrue(ada.frames().stream().anyMatch(f -> f.contains(PRIVATE_MARK)), "the interviewer has them");
            for (String frame : bo.frames()) {
                assertFalse(frame.contains(PRIVATE_MARK), "candidate frame carries private notes: " + frame);
            }
            assertEquals(1, bo.messages("event").stream()
                .filter(m -> "notes.op".equals(m.at("/event/kind").asText())).count(), "only the shared edit");
        }
    }

    @Test
    void theInterviewerGetsTheirPrivateNotesBackAfterAReload() {
        CreatedRoom room = node.createRoom("{}");
        String secret;
        try (WsClient ada = WsClient.join(node.vertx(), node.port(), room.id(), room.hostToken(), "Ada")) {
            secret = ada.welcome().path("resume").asText();
            ada.awaitAnswer(edit(ada, "private", 0, "[\"" + PRIVATE_MARK + "\"]", 1));
        }
        try (WsClient again = WsClient.connect(node.vertx(), node.port())) {
            again.send("{\"type\":\"hello\",\"protocol\":1,\"room\":\"" + room.id() + "\",\"token\":\""
                + room.hostToken() + "\",\"name\":\"Ada\",\"resume\":{\"secret\":\"" + secret + "\"}}");

            assertEquals(PRIVATE_MARK, again.welcome().at("/room/notes/private/text").asText());
            assertEquals(1, again.welcome().at("/room/notes/private/rev").asLong());
        }
    }

    @Test
    void aCaretInTheSharedNotesReachesTheOthersButNotItsOwner() {
        CreatedRoom room = node.createRoom("{}");
        try (WsClient ada = WsClient.join(node.vertx(), node.port(), room.id(), room.hostToken(), "Ada");
             WsClient bo = WsClient.join(node.vertx(), node.port(), room.id(), room.inviteToken(), "Bo")) {
            ada.send("{\"type\":\"notes.cursor\",\"doc\":\"shared\",\"rev\":0,\"anchor\":0,\"head\":0}");

            JsonNode caret = bo.awaitType("notes.cursor");
            assertEquals(ada.welcome().at("/you/participant").asText(), caret.path("participant").asText());
            long ping = System.nanoTime();
            ada.send("{\"type\":\"ping\",\"t\":" + ping + "}");
            ada.await(m -> m.path("t").asLong() == ping);
            assertTrue(ada.messages("notes.cursor").isEmpty(), "no echo of one's own caret");
        }
    }

    @Test
    void aStaleOrMalformedEditIsRefusedAndChangesNothing() {
        CreatedRoom room = node.createRoom("{}");
        try (WsClient ada = WsClient.join(node.vertx(), node.port(), room.id(), room.hostToken(), "Ada")) {
            assertEquals("bad-message", ada.awaitAnswer(edit(ada, "shared", 0, "[3,\"x\"]", 1)).path("code").asText());
            assertEquals("bad-message", ada.awaitAnswer(edit(ada, "shared", 0, "[0]", 1)).path("code").asText());
            assertEquals("bad-message", ada.awaitAnswer(edit(ada, "secret", 0, "[\"x\"]", 1)).path("code").asText());
            JsonNode doc = ada.awaitAnswer(ada.command("notes.fetch", "\"doc\":\"shared\""));
            assertEquals("notes.doc", doc.path("type").asText());
            assertEquals(0, doc.path("rev").asLong());
            assertEquals("", doc.path("text").asText());
        }
    }
}
