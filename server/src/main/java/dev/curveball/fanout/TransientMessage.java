package dev.curveball.fanout;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.curveball.protocol.Codec;
import dev.curveball.room.Audience;

/**
 * A frame that is not part of a room's numbered event stream and is never stored: it matters only now (where
 * someone's caret is), so losing one costs nothing and the next one replaces it.
 */
record TransientMessage(Audience audience, String frame) {
    private static final ObjectMapper MAPPER = Codec.newMapper();

    String encode() {
        try {
            return MAPPER.writeValueAsString(this);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot encode a transient message", e);
        }
    }

    static TransientMessage decode(String body) {
        try {
            return MAPPER.readValue(body, TransientMessage.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot decode a transient message", e);
        }
    }
}
