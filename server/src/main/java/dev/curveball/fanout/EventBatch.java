package dev.curveball.fanout;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import dev.curveball.protocol.Codec;
import dev.curveball.room.LoggedEvent;
import java.util.Arrays;
import java.util.List;

/** The events of one command as they travel on the event bus: one JSON array, decoded once per node. */
final class EventBatch {
    private static final ObjectMapper MAPPER = Codec.newMapper();
    private static final ObjectReader READER = MAPPER.readerFor(LoggedEvent[].class);

    private EventBatch() {
    }

    static String encode(List<LoggedEvent> events) {
        try {
            return MAPPER.writeValueAsString(events.toArray(LoggedEvent[]::new));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot encode room events", e);
        }
    }

    static String encodeTransient(TransientMessage message) {
        try {
            return MAPPER.writeValueAsString(message);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot encode a transient message", e);
        }
    }

    static TransientMessage decodeTransient(String body) {
        try {
            return MAPPER.readValue(body, TransientMessage.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot decode a transient message", e);
        }
    }

    static List<LoggedEvent> decode(String body) {
        try {
            return Arrays.asList(READER.readValue(body));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot decode room events", e);
        }
    }
}
