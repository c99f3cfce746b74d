package dev.curveball.durable;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import dev.curveball.protocol.Codec;
import dev.curveball.room.RoomState;
import java.io.UncheckedIOException;

/** A room as the database holds it: the same JSON mapping the wire and Hazelcast use. */
final class RoomJson {
    private static final ObjectWriter WRITER = Codec.newMapper().writerFor(RoomState.class);
    private static final ObjectReader READER = Codec.newMapper().readerFor(RoomState.class);

    private RoomJson() {
    }

    static String write(RoomState state) {
        try {
            return WRITER.writeValueAsString(state);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    static RoomState read(String json) {
        try {
            return READER.readValue(json);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
