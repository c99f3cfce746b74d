package dev.curveball.durable;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import dev.curveball.testing.WsClient;

/**
 * One person typing at the end of the shared notes, one acknowledged key at a time: after {@link #type}, the server
 * has acknowledged every key in {@link #text()}.
 */
final class Typist {
    private final WsClient client;
    private final String clientId;
    private final StringBuilder text = new StringBuilder();
    private long rev;
    private long clientSeq;

    Typist(WsClient client, String clientId) {
        this.client = client;
        this.clientId = clientId;
        this.rev = client.welcome().at("/room/notes/shared/rev").asLong();
        this.text.append(client.welcome().at("/room/notes/shared/text").asText());
    }

    /** Types {@code keys} one after the other, each acknowledged before the next. */
    void type(String keys) {
        for (char key : keys.toCharArray()) {
            String op = text.length() == 0 ? "[\"" + key + "\"]" : "[" + text.length() + ",\"" + key + "\"]";
            JsonNode answer = client.awaitAnswer(client.command("notes.op", "\"doc\":\"shared\",\"rev\":" + rev
                + ",\"op\":" + op + ",\"client\":\"" + clientId + "\",\"clientSeq\":" + (++clientSeq)));
            assertEquals("ack", answer.path("type").asText(), "key " + key + ": " + answer);
            rev = answer.path("rev").asLong();
            text.append(key);
        }
    }

    String text() {
        return text.toString();
    }
}
