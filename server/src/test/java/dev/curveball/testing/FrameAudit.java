package dev.curveball.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.curveball.protocol.Codec;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Frame-level secrecy, checked after the fact: every raw frame of every socket recorded here is read in arrival
 * order. A round's card text, clarification question or answer may reach anyone but that round's interviewer only
 * in a frame at or after the event that played or revealed it; a card's guidance never.
 */
public final class FrameAudit {
    private final List<Recorded> sockets = new ArrayList<>();

    private record Recorded(String participant, WsClient client) {
    }

    /** What a round's interviewer saw that nobody else may see before it is played or revealed. */
    public record RoundSecrets(String interviewer, Set<String> texts, Set<String> guidance) {
        RoundSecrets(String interviewer) {
            this(interviewer, new LinkedHashSet<>(), new LinkedHashSet<>());
        }
    }

    /** Audits this socket, which speaks for {@code participant}, whether it stays open or not. */
    public void record(String participant, WsClient client) {
        sockets.add(new Recorded(participant, client));
    }

    public void closeAll() {
        sockets.forEach(r -> r.client().close());
    }

    /** The secrets of each round, from every rendering of it its interviewer's sockets received. */
    public Map<Integer, RoundSecrets> secretsByRound() {
        Map<Integer, RoundSecrets> secrets = new HashMap<>();
        for (Recorded socket : sockets) {
            roundViews(socket.client()).filter(view -> view.has("deck")).forEach(view -> {
                assertEquals(socket.participant(), view.path("interviewer").asText(),
                    "only the round's interviewer receives its deck: " + view);
                RoundSecrets round = secrets.computeIfAbsent(view.path("number").asInt(),
                    n -> new RoundSecrets(view.path("interviewer").asText()));
                for (JsonNode card : view.path("deck")) {
                    round.texts().add(card.path("text").asText());
                    if (!card.path("guidance").asText().isEmpty()) {
                        round.guidance().add(card.path("guidance").asText());
                    }
                }
                for (JsonNode clarification : view.path("clarifications")) {
                    round.texts().add(clarification.path("question").asText());
                    round.texts().add(clarification.path("answer").asText());
                }
            });
        }
        // Some clarifying questions ("Who is on the team?") recur from prompt to prompt; such a string belongs to no
        // round in particular, so it is left out. Card texts and answers are each one prompt's own.
        Map<String, Integer> rounds = new HashMap<>();
        secrets.values().forEach(round -> round.texts().forEach(t -> rounds.merge(t, 1, Integer::sum)));
        secrets.values().forEach(round -> round.texts().removeIf(t -> rounds.get(t) > 1));
        long shared = rounds.values().stream().filter(n -> n > 1).count();
        assertTrue(shared <= 3, shared + " secrets appear in several rounds: " + rounds);
        return secrets;
    }

    /** The seq of the event that first let each text out to the room: a played card's text, a revealed fact. */
    public Map<String, Long> releasedAt() {
        Map<String, Long> released = new HashMap<>();
        for (Recorded socket : sockets) {
            for (JsonNode m : socket.client().messages("event")) {
                String kind = m.at("/event/kind").asText();
                long seq = m.path("seq").asLong();
                if (kind.equals("twist.played") || kind.equals("fact.revealed")) {
                    released.merge(m.at("/event/entry/text").asText(), seq, Math::min);
                }
                if (kind.equals("fact.revealed")) {
                    released.merge(m.at("/event/entry/title").asText(), seq, Math::min);
                }
            }
        }
        return released;
    }

    /**
     * Walks each socket's frames in arrival order, tracking the room seq the socket has reached (the welcome's, a
     * snapshot's, or the last event's). A frame may carry a round's secret text only once that seq has reached the
     * event releasing it; guidance never. The round's own interviewer is exempt for that round.
     */
    public void checkEveryFrame(Map<Integer, RoundSecrets> secrets, Map<String, Long> released) {
        int audited = 0;
        for (Recorded socket : sockets) {
            long reached = -1;
            for (String frame : socket.client().frames()) {
                JsonNode m = Codec.mapper().createObjectNode();
                try {
                    m = Codec.mapper().readTree(frame);
                } catch (JsonProcessingException e) {
                    fail("a frame that is not JSON: " + frame);
                }
                String type = m.path("type").asText();
                if (type.equals("event") || type.equals("welcome") || type.equals("snapshot")) {
                    reached = Math.max(reached, m.path("seq").asLong());
                }
                for (Map.Entry<Integer, RoundSecrets> round : secrets.entrySet()) {
                    if (round.getValue().interviewer().equals(socket.participant())) {
                        continue;
                    }
                    for (String guidance : round.getValue().guidance()) {
                        assertFalse(frame.contains(encoded(guidance)), "round " + round.getKey()
                            + " guidance reached " + socket.participant() + ": " + frame);
                    }
                    for (String text : round.getValue().texts()) {
                        if (frame.contains(encoded(text))) {
                            Long at = released.get(text);
                            assertTrue(at != null && at <= reached, "round " + round.getKey() + " secret reached "
                                + socket.participant() + " at seq " + reached + " (released at " + at + "): "
                                + frame);
                        }
                    }
                }
                audited++;
            }
        }
        assertTrue(audited > 20, "the audit read " + audited + " frames");
    }

    public static Stream<JsonNode> roundViews(WsClient client) {
        return client.messages().stream().map(m -> switch (m.path("type").asText()) {
            case "welcome", "snapshot" -> m.at("/room/round");
            case "event" -> "round.changed".equals(m.at("/event/kind").asText()) ? m.at("/event/round") : null;
            default -> null;
        }).filter(view -> view != null && !view.isMissingNode());
    }

    /** How a string looks inside a raw JSON frame. */
    private static String encoded(String text) {
        try {
            String json = Codec.mapper().writeValueAsString(text);
            return json.substring(1, json.length() - 1);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
