package dev.curveball.transport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.curveball.testing.CreatedRoom;
import dev.curveball.testing.FrameAudit;
import dev.curveball.testing.RunningNode;
import dev.curveball.testing.WsClient;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.StreamSupport;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Frame-level secrecy: every raw frame every socket of a group room receives, over rounds with rotations,
 * reconnects with and without {@code lastSeq}, played and scheduled cards and revealed facts, is audited afterwards.
 * A round's card text, clarification question or answer may reach someone other than that round's interviewer only
 * in a frame at or after the event that played or revealed it (by {@code seq}, the order each socket sees); a card's
 * guidance never.
 */
class CandidateFramesTest {
    @RegisterExtension
    static final RunningNode node = new RunningNode();

    private static final String OWN_CARD_MARK = "own-card-never-played-4Kq";

    /** Every socket opened in a scenario, open or closed, audited at the end. */
    private final FrameAudit audit = new FrameAudit();

    @Test
    void noCandidateSideFrameEverCarriesAnUnplayedCardOrAnUnrevealedAnswerOverRotationsAndReconnects() {
        CreatedRoom room = node.createRoom(
            "{\"promptId\":\"card-fraud-detection\",\"mode\":\"group\",\"creatorSeat\":\"interviewer\"}");
        WsClient ada = join(room, room.hostToken(), "Ada");
        WsClient bo = join(room, room.inviteToken(), "Bo");
        WsClient cy = join(room, room.inviteToken(), "Cy");
        WsClient di = join(room, room.inviteToken(), "Di");
        String a = id(ada);
        String b = id(bo);
        String c = id(cy);
        String d = id(di);
        assertEquals("candidate", bo.welcome().at("/you/role").asText());
        assertEquals("observer", cy.welcome().at("/you/role").asText());

        // Round 1: Ada interviews Bo.
        JsonNode deck = ada.welcome().at("/room/round/deck");
        JsonNode clarifications = ada.welcome().at("/room/round/clarifications");
        assertTrue(deck.size() >= 8, "the catalog deck reached the interviewer: " + deck);
        assertTrue(clarifications.size() >= 4, "the clarifications reached the interviewer");
        assertTrue(bo.welcome().at("/room/round/deck").isMissingNode(), "no deck in the candidate's snapshot");
        String played = card(deck, 0);
        String onPhase = card(deck, 1);
        String neverDue = card(deck, 2);
        String playedWhileAway = card(deck, 3);
        String refused = card(deck, 4);
        String asked = fact(clarifications, 0);
        String askedWhileAway = fact(clarifications, 1);

        ack(ada, ada.command("twist.schedule", "\"card\":\"" + onPhase + "\",\"atPhase\":1"));
        ack(ada, ada.command("twist.schedule", "\"card\":\"" + neverDue + "\",\"atMinute\":30"));
        ack(ada, ada.command("twist.add", "\"card\":{\"stress\":\"cost\",\"title\":\"Budget cut\",\"text\":\"Finance "
            + "halves the budget " + OWN_CARD_MARK + "\",\"guidance\":\"Trade model size " + OWN_CARD_MARK + "\"}"));
        assertForbiddenWithoutSecrets(bo, bo.command("twist.play", "\"card\":\"" + refused + "\""), deck);
        assertForbiddenWithoutSecrets(bo, bo.command("twist.schedule", "\"card\":\"" + refused + "\",\"atMinute\":2"),
            deck);
        assertForbiddenWithoutSecrets(bo, bo.command("fact.reveal", "\"clarification\":\"" + asked + "\""), deck);

        ack(ada, ada.command("timer.start"));
        ack(ada, ada.command("twist.play", "\"card\":\"" + played + "\""));
        ack(ada, ada.command("fact.reveal", "\"clarification\":\"" + asked + "\""));
        awaitTwist(bo, deck, played);
        bo.await(event("fact.revealed", e -> asked.equals(e.at("/entry/ref").asText())));
        assertForbiddenWithoutSecrets(bo, bo.command("twist.play", "\"card\":\"" + refused + "\""), deck);

        // Bo drops out mid-round and misses a card and a fact; he comes back with lastSeq and gets them replayed.
        String boSecret = bo.welcome().path("resume").asText();
        long boLastSeq = lastSeq(bo);
        bo.close();
        awaitOffline(ada, b, 1);
        ack(ada, ada.command("twist.play", "\"card\":\"" + playedWhileAway + "\""));
        ack(ada, ada.command("fact.reveal", "\"clarification\":\"" + askedWhileAway + "\""));
        WsClient boAgain = resume(room, room.inviteToken(), "Bo", boSecret, boLastSeq);
        assertTrue(boAgain.welcome().path("room").isMissingNode(), "a replay, not a snapshot");
        awaitTwist(boAgain, deck, playedWhileAway);
        boAgain.await(event("fact.revealed", e -> askedWhileAway.equals(e.at("/entry/ref").asText())));

        // The next phase plays the card scheduled for it, once.
        ack(ada, ada.command("timer.next"));
        awaitTwist(boAgain, deck, onPhase);
        awaitTwist(ada, deck, onPhase);

        // And once more, this time without lastSeq: a fresh snapshot.
        boAgain.close();
        awaitOffline(ada, b, 2);
        WsClient boThird = resume(room, room.inviteToken(), "Bo", boSecret, null);
        JsonNode snapshot = boThird.welcome().at("/room/round");
        assertTrue(snapshot.path("deck").isMissingNode(), "no deck in the candidate's snapshot: " + snapshot);
        assertEquals(List.of(played, asked, playedWhileAway, askedWhileAway, onPhase), refs(snapshot.path("timeline")));
        assertEquals(2, snapshot.path("clarifications").size(), "only the revealed clarifications: " + snapshot);
        assertForbiddenWithoutSecrets(boThird, boThird.command("twist.play", "\"card\":\"" + refused + "\""), deck);

        ack(ada, ada.command("round.end"));
        ack(ada, ada.command("round.close"));
        ack(ada, ada.command("round.next", "\"promptId\":\"home-feed-ranking\""));

        // Round 2: the seats move one step along the member order, Bo interviews Cy; Ada now observes.
        for (WsClient client : List.of(ada, boThird, cy, di)) {
            JsonNode seats = client.awaitEvent("seats.changed").at("/event/seats");
            assertEquals(Map.of(a, "observer", b, "interviewer", c, "candidate", d, "observer"), seatMap(seats));
        }
        JsonNode boView = boThird.await(roundChanged(2));
        assertTrue(boView.at("/event/round/deck").size() >= 8, "the new interviewer gets the new deck: " + boView);
        assertFalse(boView.at("/event/round/deck/0/guidance").asText().isEmpty(), "with its guidance");
        for (WsClient formerSide : List.of(ada, cy, di)) {
            JsonNode view = formerSide.await(roundChanged(2));
            assertTrue(view.at("/event/round/deck").isMissingNode(), "no deck for the new round: " + view);
        }
        assertNoDeckAfterSeatsChanged(ada);
        assertNoDeckAfterSeatsChanged(cy);

        JsonNode deck2 = boView.at("/event/round/deck");
        JsonNode clarifications2 = boView.at("/event/round/clarifications");
        String played2 = card(deck2, 0);
        String onPhase2 = card(deck2, 1);
        String playedWhileAway2 = card(deck2, 2);
        String asked2 = fact(clarifications2, 0);
        ack(boThird, boThird.command("twist.schedule", "\"card\":\"" + onPhase2 + "\",\"atPhase\":1"));
        ack(boThird, boThird.command("timer.start"));
        ack(boThird, boThird.command("twist.play", "\"card\":\"" + played2 + "\""));
        ack(boThird, boThird.command("fact.reveal", "\"clarification\":\"" + asked2 + "\""));
        awaitTwist(cy, deck2, played2);
        assertForbiddenWithoutSecrets(cy, cy.command("twist.play", "\"card\":\"" + onPhase2 + "\""), deck2);
        assertForbiddenWithoutSecrets(ada, ada.command("twist.play", "\"card\":\"" + onPhase2 + "\""), deck2);

        String cySecret = cy.welcome().path("resume").asText();
        long cyLastSeq = lastSeq(cy);
        cy.close();
        awaitOffline(boThird, c, 1);
        ack(boThird, boThird.command("twist.play", "\"card\":\"" + playedWhileAway2 + "\""));
        WsClient cyAgain = resume(room, room.inviteToken(), "Cy", cySecret, cyLastSeq);
        assertTrue(cyAgain.welcome().path("room").isMissingNode(), "a replay, not a snapshot");
        awaitTwist(cyAgain, deck2, playedWhileAway2);
        ack(boThird, boThird.command("timer.next"));
        awaitTwist(cyAgain, deck2, onPhase2);
        cyAgain.close();
        awaitOffline(boThird, c, 2);
        WsClient cyThird = resume(room, room.inviteToken(), "Cy", cySecret, null);
        assertEquals(List.of(played2, asked2, playedWhileAway2, onPhase2),
            refs(cyThird.welcome().at("/room/round/timeline")));
        assertTrue(cyThird.welcome().at("/room/round/deck").isMissingNode());

        ack(boThird, boThird.command("round.end"));
        ack(boThird, boThird.command("round.close"));
        ack(boThird, boThird.command("round.next", "\"promptId\":\"eta-prediction\""));

        // Round 3's lobby: Cy interviews Di. Everyone has the new round once the last rendering arrives.
        JsonNode cyView = cyThird.await(roundChanged(3));
        assertTrue(cyView.at("/event/round/deck").size() >= 8, "Cy, the new interviewer, gets the deck");
        assertEquals(d, cyView.at("/event/round/candidate").asText());
        for (WsClient client : List.of(ada, boThird, di)) {
            assertTrue(client.await(roundChanged(3)).at("/event/round/deck").isMissingNode());
        }
        assertNoDeckAfterSeatsChanged(boThird);

        Map<Integer, FrameAudit.RoundSecrets> secrets = audit.secretsByRound();
        assertEquals(Set.of(1, 2, 3), secrets.keySet(), "each round's deck was seen by its interviewer");
        assertEquals(a, secrets.get(1).interviewer());
        assertEquals(b, secrets.get(2).interviewer());
        assertEquals(c, secrets.get(3).interviewer());
        assertTrue(secrets.get(1).texts().stream().anyMatch(t -> t.contains(OWN_CARD_MARK)), "the own card is audited");
        Map<String, Long> released = audit.releasedAt();
        assertEquals(6 + 6, released.size(), "released: six cards' texts, three facts' questions and answers "
            + released.keySet());
        audit.checkEveryFrame(secrets, released);
        audit.closeAll();
    }

    @Test
    void inAPairTheFormerInterviewerStopsReceivingTheDeckWhenTheySwapIntoTheCandidateSeat() {
        CreatedRoom room = node.createRoom(
            "{\"promptId\":\"card-fraud-detection\",\"mode\":\"pair\",\"creatorSeat\":\"interviewer\"}");
        WsClient ada = join(room, room.hostToken(), "Ada");
        WsClient bo = join(room, room.inviteToken(), "Bo");
        JsonNode deck = ada.welcome().at("/room/round/deck");
        ack(ada, ada.command("timer.start"));
        ack(ada, ada.command("twist.play", "\"card\":\"" + card(deck, 0) + "\""));
        awaitTwist(bo, deck, card(deck, 0));
        ack(ada, ada.command("round.end"));
        ack(ada, ada.command("round.close"));
        ack(ada, ada.command("round.next", "\"promptId\":\"churn-prediction\""));

        JsonNode boView = bo.await(roundChanged(2));
        assertTrue(boView.at("/event/round/deck").size() >= 8, "the new interviewer gets the deck: " + boView);
        assertTrue(ada.await(roundChanged(2)).at("/event/round/deck").isMissingNode());
        assertNoDeckAfterSeatsChanged(ada);
        String fresh = card(boView.at("/event/round/deck"), 0);
        assertForbiddenWithoutSecrets(ada, ada.command("twist.play", "\"card\":\"" + fresh + "\""),
            boView.at("/event/round/deck"));

        audit.checkEveryFrame(audit.secretsByRound(), audit.releasedAt());
        audit.closeAll();
    }

    // --- scenario helpers ---

    private WsClient join(CreatedRoom room, String token, String name) {
        WsClient client = WsClient.join(node.vertx(), node.port(), room.id(), token, name);
        audit.record(id(client), client);
        return client;
    }

    private WsClient resume(CreatedRoom room, String token, String name, String secret, Long lastSeq) {
        WsClient client = WsClient.connect(node.vertx(), node.port());
        client.send("{\"type\":\"hello\",\"protocol\":1,\"room\":\"" + room.id() + "\",\"token\":\"" + token
            + "\",\"name\":\"" + name + "\",\"resume\":{\"secret\":\"" + secret + "\""
            + (lastSeq == null ? "" : ",\"lastSeq\":" + lastSeq) + "}}");
        audit.record(id(client), client);
        return client;
    }

    private static String id(WsClient client) {
        return client.welcome().at("/you/participant").asText();
    }

    private static String card(JsonNode deck, int index) {
        return deck.get(index).path("id").asText();
    }

    private static String fact(JsonNode clarifications, int index) {
        return clarifications.get(index).path("id").asText();
    }

    private static void ack(WsClient client, long id) {
        JsonNode answer = client.awaitAnswer(id);
        assertEquals("ack", answer.path("type").asText(), answer.toString());
    }

    private static void assertForbiddenWithoutSecrets(WsClient client, long id, JsonNode deck) {
        JsonNode error = client.awaitAnswer(id);
        assertEquals("forbidden", error.path("code").asText(), error.toString());
        String message = error.path("message").asText();
        for (JsonNode card : deck) {
            for (String field : List.of("title", "text", "guidance")) {
                assertFalse(message.contains(card.path(field).asText()), "the refusal names a card's " + field
                    + ": " + message);
            }
        }
    }

    /** Card ids repeat from round to round ({@code t1}, {@code t2}, …), so a played card is told by its text. */
    private static void awaitTwist(WsClient client, JsonNode deck, String card) {
        String text = StreamSupport.stream(deck.spliterator(), false).filter(c -> card.equals(c.path("id").asText()))
            .findFirst().orElseThrow().path("text").asText();
        Predicate<JsonNode> played = event("twist.played", e -> card.equals(e.at("/entry/ref").asText())
            && text.equals(e.at("/entry/text").asText()));
        client.await(played);
        assertEquals(1, client.messages("event").stream().filter(played).count(), "card " + card + " announced once");
    }

    private static void awaitOffline(WsClient watcher, String participant, int times) {
        Predicate<JsonNode> offline = event("presence.changed",
            e -> participant.equals(e.path("participant").asText()) && !e.path("online").asBoolean());
        Awaitility.await().atMost(WsClient.PATIENCE)
            .until(() -> watcher.messages("event").stream().filter(offline).count() >= times);
    }

    private static Predicate<JsonNode> event(String kind, Predicate<JsonNode> body) {
        return m -> "event".equals(m.path("type").asText()) && kind.equals(m.at("/event/kind").asText())
            && body.test(m.path("event"));
    }

    private static Predicate<JsonNode> roundChanged(int number) {
        return event("round.changed", e -> e.at("/round/number").asInt() == number);
    }

    private static long lastSeq(WsClient client) {
        return client.messages().stream()
            .filter(m -> Set.of("event", "welcome", "snapshot").contains(m.path("type").asText()))
            .mapToLong(m -> m.path("seq").asLong()).max().orElseThrow();
    }

    /** After the last {@code seats.changed} this socket received, none of its frames holds a deck. */
    private static void assertNoDeckAfterSeatsChanged(WsClient client) {
        List<JsonNode> messages = client.messages();
        int from = -1;
        for (int i = 0; i < messages.size(); i++) {
            if ("seats.changed".equals(messages.get(i).at("/event/kind").asText())) {
                from = i;
            }
        }
        assertTrue(from >= 0, "the seats changed");
        for (JsonNode m : messages.subList(from, messages.size())) {
            assertTrue(m.at("/event/round/deck").isMissingNode() && m.at("/room/round/deck").isMissingNode(),
                "a deck after the seat moved away: " + m);
        }
    }

    private static List<String> refs(JsonNode timeline) {
        List<String> refs = new ArrayList<>();
        timeline.forEach(entry -> refs.add(entry.path("ref").asText()));
        return refs;
    }

    private static Map<String, String> seatMap(JsonNode seats) {
        Map<String, String> map = new HashMap<>();
        seats.fields().forEachRemaining(e -> map.put(e.getKey(), e.getValue().asText()));
        return map;
    }
}
