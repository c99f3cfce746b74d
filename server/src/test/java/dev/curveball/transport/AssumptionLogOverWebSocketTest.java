package dev.curveball.transport;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.curveball.testing.CreatedRoom;
import dev.curveball.testing.RunningNode;
import dev.curveball.testing.WsClient;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A whole round's assumption log over real sockets: the candidate states assumptions, the interviewer holds one with
 * a revealed fact, plays a card, and overturns one; the candidate notices one the card broke, withdraws one and
 * rewords one. Everyone (interviewer, candidate, observer) receives every change; only the interviewer's side hears
 * which assumptions the card may break, and the candidate's and observer's sockets never carry a suggestion. The
 * round's report (over HTTP) shows the same log as a table, with how long the candidate took to notice.
 */
class AssumptionLogOverWebSocketTest {
    @RegisterExtension
    static final RunningNode node = new RunningNode();

    private static final String CARD_TITLE = "Only chargebacks remain as labels";
    private static final String LABELS = "Fraud labels arrive within a day of the payment";
    private static final String PEAK = "Peak is 2,000 payments per second";
    private static final String ISSUERS = "Issuers report fraud quickly";
    private static final String FINGERPRINTS = "Every checkout sends a device fingerprint";
    private static final String REWORDED = "Fraud labels arrive 30 to 120 days after the payment";
    private static final String LATE = "We can afford a model per region";

    @Test
    void aRoundsLogIsStatedHeldOverturnedNoticedWithdrawnAndRewordedInFrontOfEveryone() {
        CreatedRoom room = node.createRoom(
            "{\"promptId\":\"card-fraud-detection\",\"mode\":\"pair\",\"creatorSeat\":\"interviewer\"}");
        try (WsClient ada = join(room, room.hostToken(), "Ada");
             WsClient bo = join(room, room.inviteToken(), "Bo");
             WsClient cy = join(room, room.inviteToken(), "Cy")) {
            assertEquals("candidate", bo.welcome().at("/you/role").asText());
            assertEquals("observer", cy.welcome().at("/you/role").asText());
            String boId = bo.welcome().at("/you/participant").asText();
            String adaId = ada.welcome().at("/you/participant").asText();
            JsonNode deck = ada.welcome().at("/room/round/deck");
            String card = cardTitled(deck, CARD_TITLE);
            String unplayed = otherCard(deck, card);
            String fact = ada.welcome().at("/room/round/clarifications/0/id").asText();

            ok(ada, "timer.start", "");
            ok(bo, "assumption.add", text(LABELS));
            ok(bo, "assumption.add", text(PEAK));
            ok(bo, "assumption.add", text(ISSUERS));
            ok(bo, "assumption.add", text(FINGERPRINTS));
            ok(ada, "fact.reveal", "\"clarification\":\"" + fact + "\"");
            ok(ada, "assumption.hold", "\"assumption\":\"a2\",\"fact\":\"" + fact + "\"");
            ok(bo, "assumption.withdraw", "\"assumption\":\"a4\"");
            ok(ada, "twist.play", "\"card\":\"" + card + "\"");
            JsonNode suggested = ada.awaitEvent("assumption.suggested").path("event");
            assertEquals(card, suggested.path("twist").asText());
            assertEquals(List.of("a1", "a3"), texts(suggested.path("assumptions")),
                "the open ones the card's words meet; not the held a2, not the withdrawn a4");
            ok(bo, "assumption.notice", "\"assumption\":\"a1\",\"twist\":\"" + card + "\"");
            ok(ada, "assumption.overturn", "\"assumption\":\"a3\",\"twist\":\"" + card + "\"");
            long edited = ok(bo, "assumption.edit", "\"assumption\":\"a1\"," + text(REWORDED)).path("seq").asLong();

            refused(cy, "assumption.add", text("An observer's premise"), "forbidden");
            refused(bo, "assumption.notice", "\"assumption\":\"a7\",\"twist\":\"" + card + "\"", "bad-message");
            refused(bo, "assumption.overturn", "\"assumption\":\"a2\",\"twist\":\"" + card + "\"", "forbidden");
            refused(ada, "assumption.notice", "\"assumption\":\"a2\",\"twist\":\"" + card + "\"", "forbidden");
            refused(bo, "assumption.notice", "\"assumption\":\"a2\",\"twist\":\"" + unplayed + "\"", "bad-message");
            refused(bo, "assumption.add", text("   "), "bad-message");
            refused(bo, "assumption.add", text("x".repeat(2001)), "too-large");
            refused(bo, "assumption.edit", "\"assumption\":\"a4\"," + text("back again"), "invalid-state");
            refused(ada, "assumption.edit", "\"assumption\":\"a2\"," + text("mine now"), "forbidden");
            refused(ada, "assumption.hold", "\"assumption\":\"a1\",\"fact\":\"" + fact + "\"", "invalid-state");
            refused(bo, "assumption.add", "\"texts\":\"misspelt\"", "bad-message");
            long after = ok(ada, "assumption.add", text(LATE)).path("seq").asLong();
            assertEquals(edited + 1, after, "the refusals made no event: the next change follows the last one");

            List<String> everyone = List.of("added a1", "added a2", "added a3", "added a4", "held a2 by " + adaId,
                "withdrawn a4 by " + boId, "noticed a1 by " + boId, "overturned a3 by " + adaId,
                "edited a1 by " + boId, "added a5");
            List<String> interviewer = new ArrayList<>(everyone);
            interviewer.add(interviewer.indexOf("withdrawn a4 by " + boId) + 1, "suggested " + card + ": a1 a3");
            assertAll(
                () -> assertEquals(interviewer, log(ada, after), "the interviewer"),
                () -> assertEquals(everyone, log(bo, after), "the candidate"),
                () -> assertEquals(everyone, log(cy, after), "the observer"));

            try (WsClient adaAgain = resume(room, room.hostToken(), "Ada", ada);
                 WsClient boAgain = resume(room, room.inviteToken(), "Bo", bo);
                 WsClient cyAgain = resume(room, room.inviteToken(), "Cy", cy)) {
                JsonNode logNow = boAgain.welcome().at("/room/round/assumptions");
                assertEquals(logNow, cyAgain.welcome().at("/room/round/assumptions"), "one log for everyone");
                assertEquals(logNow, adaAgain.welcome().at("/room/round/assumptions"), "not redacted");
                assertLogAfterTheRound(logNow, boId, adaId, card, fact);
                JsonNode playedCard = cardById(adaAgain.welcome().at("/room/round/deck"), card);
                assertEquals(List.of("a1", "a3"), texts(playedCard.at("/played/suggests")),
                    "the interviewer's deck remembers the suggestion: " + playedCard);
                assertTrue(boAgain.welcome().at("/room/round/deck").isMissingNode());

                for (WsClient candidateSide : List.of(bo, cy, boAgain, cyAgain)) {
                    for (String frame : candidateSide.frames()) {
                        assertFalse(frame.contains("assumption.suggested") || frame.contains("\"suggests\""),
                            "a suggestion reached the candidate's side: " + frame);
                    }
                }
            }
            String question = ada.welcome().at("/room/round/clarifications/0/question").asText();
            assertReportTable(report(room, ada), question);
            assertReportTable(report(room, bo), question);
            assertTrue(report(room, ada).contains("Premises a twist broke that were never stated: none.\n"),
                "the card's two premises were both stated (a1, a3): " + report(room, ada));
            assertFalse(report(room, bo).contains("Premises a twist broke"),
                "the card's premises are the deck's: not the candidate's while the round runs");
        }
    }

    /** The report's table over HTTP: the same log, with how long the candidate took to notice. */
    private static void assertReportTable(String report, String heldBy) {
        String stated = " \\| \\d\\d:\\d\\d · [^|]+ \\| ";
        String card = " \\| " + Pattern.quote(CARD_TITLE) + " \\| ";
        List<String> rows = List.of(
            "\\| " + Pattern.quote(REWORDED) + stated + "overturned" + card + "\\d+:\\d\\d \\|",
            "\\| " + Pattern.quote(PEAK) + stated + "held \\(" + Pattern.quote(heldBy) + "\\) \\| — \\| — \\|",
            "\\| " + Pattern.quote(ISSUERS) + stated + "overturned" + card + "not noticed \\|",
            "\\| " + Pattern.quote(FINGERPRINTS) + stated + "withdrawn \\| — \\| — \\|",
            "\\| " + Pattern.quote(LATE) + stated + "open \\| — \\| — \\|");
        String head = "## Assumptions\n\n| Assumption | Stated | Status | Broken by | Noticed after |\n"
            + "| --- | --- | --- | --- | --- |\n";
        assertTrue(report.contains(head), report);
        List<String> lines = report.substring(report.indexOf(head) + head.length()).lines().limit(rows.size())
            .toList();
        for (int i = 0; i < rows.size(); i++) {
            assertTrue(lines.get(i).matches(rows.get(i)), "row " + (i + 1) + ": " + lines.get(i) + " in " + report);
        }
    }

    private static String report(CreatedRoom room, WsClient reader) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(node.baseUrl() + "/api/rooms/" + room.id()
            + "/rounds/1/report.md")).header("Authorization", "Bearer " + reader.welcome().path("resume").asText())
            .GET().build();
        try {
            HttpResponse<String> response = HttpClient.newHttpClient().send(request,
                HttpResponse.BodyHandlers.ofString());
            assertEquals(200, response.statusCode(), response.body());
            return response.body();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void assertLogAfterTheRound(JsonNode log, String bo, String ada, String card, String fact) {
        assertEquals(5, log.size(), log.toString());
        JsonNode a1 = log.get(0);
        JsonNode a2 = log.get(1);
        JsonNode a3 = log.get(2);
        JsonNode a4 = log.get(3);
        JsonNode a5 = log.get(4);
        assertAll(
            () -> assertEquals(List.of("a1", "a2", "a3", "a4", "a5"),
                List.of(a1, a2, a3, a4, a5).stream().map(a -> a.path("id").asText()).toList()),
            () -> assertEquals(REWORDED, a1.path("text").asText()),
            () -> assertEquals("overturned", a1.path("status").asText()),
            () -> assertEquals(card, a1.path("twist").asText()),
            () -> assertTrue(a1.path("noticedAt").asLong() > a1.path("at").asLong(), a1.toString()),
            () -> assertTrue(a1.path("revisedAt").asLong() >= a1.path("noticedAt").asLong(), a1.toString()),
            () -> assertEquals(bo, a1.path("by").asText()),
            () -> assertFalse(a1.path("phase").asText().isEmpty(), "stated in a phase: " + a1),
            () -> assertEquals("held", a2.path("status").asText()),
            () -> assertEquals(fact, a2.path("fact").asText()),
            () -> assertEquals(PEAK, a2.path("text").asText()),
            () -> assertEquals("overturned", a3.path("status").asText()),
            () -> assertEquals(card, a3.path("twist").asText()),
            () -> assertTrue(a3.path("noticedAt").isMissingNode(), "the candidate never said so: " + a3),
            () -> assertEquals("withdrawn", a4.path("status").asText()),
            () -> assertEquals("open", a5.path("status").asText()),
            () -> assertEquals(ada, a5.path("by").asText()));
    }

    /** What this socket heard of the log, up to the event numbered {@code lastSeq}, one line per event. */
    private static List<String> log(WsClient client, long lastSeq) {
        client.await(m -> "event".equals(m.path("type").asText()) && m.path("seq").asLong() == lastSeq);
        List<String> lines = new ArrayList<>();
        for (JsonNode message : client.messages("event")) {
            JsonNode event = message.path("event");
            String kind = event.path("kind").asText();
            switch (kind) {
                case "assumption.added" -> lines.add("added " + event.at("/assumption/id").asText());
                case "assumption.changed" -> lines.add(event.path("change").asText() + " "
                    + event.at("/assumption/id").asText() + " by " + event.path("by").asText());
                case "assumption.suggested" -> lines.add("suggested " + event.path("twist").asText() + ": "
                    + String.join(" ", texts(event.path("assumptions"))));
                default -> {
                    // not the log's
                }
            }
        }
        return lines;
    }

    private static WsClient join(CreatedRoom room, String token, String name) {
        return WsClient.join(node.vertx(), node.port(), room.id(), token, name);
    }

    /** A second socket of the same participant, with a fresh snapshot. */
    private static WsClient resume(CreatedRoom room, String token, String name, WsClient first) {
        WsClient client = WsClient.connect(node.vertx(), node.port());
        client.send("{\"type\":\"hello\",\"protocol\":1,\"room\":\"" + room.id() + "\",\"token\":\"" + token
            + "\",\"name\":\"" + name + "\",\"resume\":{\"secret\":\"" + first.welcome().path("resume").asText()
            + "\"}}");
        client.welcome();
        return client;
    }

    private static JsonNode ok(WsClient client, String type, String fields) {
        JsonNode answer = client.awaitAnswer(client.command(type, fields));
        assertEquals("ack", answer.path("type").asText(), type + ": " + answer);
        return answer;
    }

    private static void refused(WsClient client, String type, String fields, String code) {
        JsonNode answer = client.awaitAnswer(client.command(type, fields));
        assertEquals(code, answer.path("code").asText(), type + " " + fields + ": " + answer);
    }

    private static String text(String text) {
        return "\"text\":\"" + text + "\"";
    }

    private static String cardTitled(JsonNode deck, String title) {
        for (JsonNode card : deck) {
            if (card.path("title").asText().equals(title)) {
                return card.path("id").asText();
            }
        }
        throw new IllegalStateException("no card \"" + title + "\" in " + deck);
    }

    private static String otherCard(JsonNode deck, String not) {
        for (JsonNode card : deck) {
            if (!card.path("id").asText().equals(not)) {
                return card.path("id").asText();
            }
        }
        throw new IllegalStateException("a deck of one card: " + deck);
    }

    private static JsonNode cardById(JsonNode deck, String id) {
        for (JsonNode card : deck) {
            if (card.path("id").asText().equals(id)) {
                return card;
            }
        }
        throw new IllegalStateException("no card " + id + " in " + deck);
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(node -> texts.add(node.asText()));
        return texts;
    }
}
