package dev.curveball.transport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.curveball.config.Setting;
import dev.curveball.testing.CreatedRoom;
import dev.curveball.testing.RunningNode;
import dev.curveball.testing.WsClient;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.WebSocketClientOptions;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Bad input gets a clear error with a stable code, changes nothing, and never hurts anyone else. */
class BadInputTest {
    private static final int MAX_FRAME = 4096;
    private static final int BURST = 20;
    @RegisterExtension
    static final RunningNode node = new RunningNode(Map.of(
            Setting.MAX_FRAME_BYTES, String.valueOf(MAX_FRAME),
            Setting.MESSAGE_BURST, String.valueOf(BURST),
            Setting.MAX_MESSAGES_PER_SECOND, "5",
            Setting.HELLO_TIMEOUT_MS, "1500",
            Setting.MAX_NAME_LENGTH, "12"));


    @Test
    void aWrongTokenGetsBadTokenAndNoSeat() {
        CreatedRoom room = node.createRoom("{}");
        try (WsClient mallory = WsClient.connect(node.vertx(), node.port())) {
            mallory.hello(room.id(), "not-the-token", "Mallory");

            JsonNode error = mallory.awaitType("error");
            assertEquals("bad-token", error.path("code").asText());
            assertFalse(error.path("message").asText().isBlank());
        }
        try (WsClient ada = WsClient.join(node.vertx(), node.port(), room.id(), room.hostToken(), "Ada")) {
            assertEquals(1, ada.welcome().at("/room/participants").size(), "Mallory left no trace");
        }
    }

    @Test
    void aBadTokenCanBeCorrectedOnTheSameSocket() {
        CreatedRoom room = node.createRoom("{}");
        try (WsClient ada = WsClient.connect(node.vertx(), node.port())) {
            ada.hello(room.id(), "typo", "Ada");
            ada.awaitType("error");
            ada.hello(room.id(), room.hostToken(), "Ada");

            assertEquals("interviewer", ada.welcome().at("/you/role").asText());
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        malformed JSON                 | {"type":"hello",                                                   | bad-message
        not an object                  | "hello"                                                            | bad-message
        unknown message type           | {"type":"teleport","id":3}                                         | unknown-type
        a server message               | {"type":"welcome","id":3}                                          | unknown-type
        a command before hello         | {"type":"timer.start","id":3}                                      | not-joined
        unknown room                   | {"type":"hello","protocol":1,"room":"zzzzzzzzzz","token":"t","name":"A"} | unknown-room
        a room id of the wrong shape   | {"type":"hello","protocol":1,"room":"../../etc","token":"t","name":"A"} | unknown-room
        an unsupported protocol        | {"type":"hello","protocol":2,"room":"zzzzzzzzzz","token":"t","name":"A"} | unsupported-protocol
        a missing field                | {"type":"hello","protocol":1,"token":"t","name":"A"}               | bad-message
        an empty name                  | {"type":"hello","protocol":1,"room":"zzzzzzzzzz","token":"t","name":"  "} | bad-message
        a too long name                | {"type":"hello","protocol":1,"room":"zzzzzzzzzz","token":"t","name":"Bartholomew the Third"} | too-large
        """)
    void aBadMessageGetsAStableErrorCodeAndTheSocketStaysUsable(String what, String frame, String code) {
        try (WsClient client = WsClient.connect(node.vertx(), node.port())) {
            client.send(frame);

            assertEquals(code, client.awaitType("error").path("code").asText(), what);
            client.send("{\"type\":\"ping\",\"t\":1}");
            client.awaitType("pong");
            assertFalse(client.closed());
        }
    }

    @Test
    void anErrorEchoesTheIdOfTheCommandItAnswers() {
        try (WsClient client = WsClient.connect(node.vertx(), node.port())) {
            client.send("{\"type\":\"timer.pause\",\"id\":77}");

            JsonNode error = client.awaitType("error");
            assertEquals(77, error.path("id").asLong());
        }
    }

    @Test
    void aSecondHelloOnAJoinedSocketIsRefused() {
        CreatedRoom room = node.createRoom("{}");
        try (WsClient ada = WsClient.join(node.vertx(), node.port(), room.id(), room.hostToken(), "Ada")) {
            ada.hello(room.id(), room.inviteToken(), "Ada again");

            assertEquals("already-joined", ada.awaitType("error").path("code").asText());
        }
    }

    @Test
    void aBinaryFrameIsRefused() {
        try (WsClient client = WsClient.connect(node.vertx(), node.port())) {
            client.sendBinary(Buffer.buffer(new byte[] {1, 2, 3}));

            assertEquals("bad-message", client.awaitType("error").path("code").asText());
        }
    }

    @Test
    void aMessageOverTheFrameLimitClosesTheSocketWith1009() {
        try (WsClient client = WsClient.connect(node.vertx(), node.port())) {
            client.send("{\"type\":\"ping\",\"pad\":\"" + "x".repeat(MAX_FRAME * 2) + "\"}");

            assertEquals(1009, client.awaitClose());
        }
    }

    @Test
    void aFragmentedMessageOverTheFrameLimitClosesTheSocketWith1009() {
        try (WsClient client = WsClient.connect(node.vertx(), node.port())) {
            String message = "{\"type\":\"ping\",\"pad\":\"" + "x".repeat(MAX_FRAME * 2) + "\"}";

            client.sendFragmented(message, MAX_FRAME / 4);

            assertEquals(1009, client.awaitClose(), "each fragment is small; the message they make is not");
        }
    }

    @Test
    void aFragmentedMessageWithinTheLimitIsServed() {
        try (WsClient client = WsClient.connect(node.vertx(), node.port())) {
            client.sendFragmented("{\"type\":\"ping\",\"t\":7,\"pad\":\"" + "x".repeat(MAX_FRAME / 2) + "\"}",
                MAX_FRAME / 8);

            assertEquals(7, client.awaitType("pong").path("t").asLong());
        }
    }

    @Test
    void compressionIsNeverNegotiatedSoNoFrameCanInflateBeyondTheLimit() {
        WebSocketClientOptions offering = new WebSocketClientOptions()
            .setTryUsePerMessageCompression(true)
            .setTryUsePerFrameCompression(true);
        try (WsClient client = WsClient.connect(node.vertx(), node.port(), offering)) {
            assertNull(client.negotiatedExtensions());
        }
    }

    @Test
    void aFloodingSocketIsRateLimitedWhileAnotherRoomCarriesOn() {
        CreatedRoom quiet = node.createRoom("{}");
        try (WsClient flooder = WsClient.connect(node.vertx(), node.port());
             WsClient ada = WsClient.join(node.vertx(), node.port(), quiet.id(), quiet.hostToken(), "Ada")) {
            for (int i = 0; i < BURST * 3; i++) {
                flooder.send("{\"type\":\"ping\",\"t\":" + i + "}");
            }
            JsonNode limited = flooder.await(m -> "rate-limited".equals(m.path("code").asText()));
            for (int id = 4200; id < 4200 + BURST; id++) {
                flooder.send("{\"type\":\"timer.start\",\"id\":" + id + "}");
            }
            flooder.await(m -> m.path("id").asLong() >= 4200 && "rate-limited".equals(m.path("code").asText()));
            assertTrue(limited.path("message").asText().contains("dropped"));

            long start = ada.command("timer.start");
            assertEquals("ack", ada.awaitAnswer(start).path("type").asText());
            ada.awaitEvent("timer.changed");
            assertTrue(flooder.messages("pong").size() <= BURST + 5, "most of the flood was dropped");
        }
    }

    @Test
    void aSocketThatNeverSaysHelloIsClosed() {
        try (WsClient silent = WsClient.connect(node.vertx(), node.port())) {
            assertEquals(1008, silent.awaitClose());
        }
    }
}
