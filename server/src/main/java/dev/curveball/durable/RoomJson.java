package dev.curveball.durable;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import dev.curveball.protocol.Codec;
import dev.curveball.room.RoomState;
import java.io.UncheckedIOException;
import java.util.List;

/** A room as the database holds it: the same JSON mapping the wire and Hazelcast use. */
final class RoomJson {
    private static final ObjectWriter WRITER = Codec.newMapper().writerFor(RoomState.class);
    private static final ObjectReader READER = Codec.newMapper().readerFor(RoomState.class);

    private RoomJson() {
    }

    /**
     * The room without its event log: the log only lets a reconnecting socket catch up event by event, and after a
     * restart every socket gets a snapshot anyway. Leaving it out makes each write several times smaller.
     */
    static RoomState withoutLog(RoomState s) {
        return new RoomState(s.id(), s.title(), s.mode(), s.creatorSeat(), s.seq(), s.participants(), s.round(),
            s.history(), s.timer(), s.notes(), s.settings(), s.rubric(), s.access(), s.limits(), List.of());
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
