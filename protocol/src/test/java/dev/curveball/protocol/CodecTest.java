package dev.curveball.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CodecTest {

    @ParameterizedTest(name = "{0} is refused with {1}")
    @CsvSource(delimiter = '|', textBlock = """
        not json at all                              | bad-message
        [1,2,3]                                      | bad-message
        {"id":4}                                     | bad-message
        {"type":42}                                  | bad-message
        {"type":"teleport","id":5}                   | unknown-type
        {"type":"welcome","protocol":1}              | unknown-type
        {"type":"hello","protocol":1,"room":"r"}     | bad-message
        {"type":"timer.reset","id":6,"durationMs":"soon"} | bad-message
        """)
    void malformedFramesAreRefusedWithAStableCode(String frame, String code) {
        ProtocolException refused = assertThrows(ProtocolException.class, () -> Codec.decodeClient(frame));
        assertEquals(code, refused.code().code());
        assertTrue(!refused.getMessage().isBlank(), "a human message comes with the code");
    }

    @Test
    void aRefusedCommandStillEchoesItsId() {
        ProtocolException refused = assertThrows(ProtocolException.class,
            () -> Codec.decodeClient("{\"type\":\"teleport\",\"id\":5}"));
        assertEquals(5L, refused.id());
    }

    @Test
    void aMissingFieldIsNamedInTheMessage() {
        ProtocolException refused = assertThrows(ProtocolException.class,
            () -> Codec.decodeClient("{\"type\":\"hello\",\"protocol\":1,\"room\":\"r\",\"name\":\"Ada\"}"));
        assertTrue(refused.getMessage().contains("hello.token"), refused.getMessage());
    }

    @Test
    void unknownFieldsAreIgnoredForForwardCompatibility() throws ProtocolException {
        ClientMessage message = Codec.decodeClient("{\"type\":\"timer.start\",\"id\":1,\"fromTheFuture\":true}");
        assertEquals(new TimerMessages.TimerStart(1L), message);
    }

    @Test
    void absentOptionalFieldsAreLeftOutOfTheFrame() {
        String frame = Codec.encode(new ServerMessage.Error(null, ErrorCode.BAD_TOKEN, "no"));
        assertEquals("{\"type\":\"error\",\"code\":\"bad-token\",\"message\":\"no\"}", frame);
    }

    @Test
    void aPingDecodesWithItsClientTime() throws ProtocolException {
        ClientMessage.Ping ping = assertInstanceOf(ClientMessage.Ping.class, Codec.decodeClient("{\"type\":\"ping\"}"));
        assertNull(ping.t());
    }
}
