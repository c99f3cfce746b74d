package dev.curveball.events;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import dev.curveball.protocol.Codec;
import dev.curveball.protocol.Role;
import dev.curveball.room.Audience;
import dev.curveball.room.LoggedEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The events of one command as they travel on the event bus. Each event's wire frame is encoded once, here, and
 * carried as it is: a line of heads ({@code [{seq, audience, seats?, clockRuns?}, …]}), then one line per frame.
 * Frames are compact JSON, in which a newline can only appear escaped, so a line break separates them safely; a
 * receiving node parses only the small heads, never the events.
 */
public final class EventBatch {
    private static final ObjectMapper MAPPER = Codec.newMapper();
    private static final ObjectReader HEADS = MAPPER.readerFor(Head[].class);

    /** What a node needs to route an event without reading it. */
    record Head(long seq, Audience audience, Map<String, Role> seats, Boolean clockRuns) {
    }

    private EventBatch() {
    }

    /** The batch of a command's events, as it crosses Hazelcast and the event bus. */
    public static String encode(List<LoggedEvent> events) {
        List<Head> heads = new ArrayList<>(events.size());
        StringBuilder frames = new StringBuilder();
        for (LoggedEvent logged : events) {
            FeedEvent event = FeedEvent.of(logged);
            heads.add(new Head(event.seq(), event.audience(), event.seats(), event.clockRuns()));
            frames.append('\n').append(event.frame());
        }
        try {
            return MAPPER.writeValueAsString(heads) + frames;
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot encode room events", e);
        }
    }

    public static List<FeedEvent> decode(String body) {
        String[] lines = body.split("\n", -1);
        Head[] heads;
        try {
            heads = HEADS.readValue(lines[0]);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot decode room events", e);
        }
        if (heads.length != lines.length - 1) {
            throw new IllegalStateException("a batch of " + heads.length + " events carries "
                + (lines.length - 1) + " frames");
        }
        List<FeedEvent> events = new ArrayList<>(heads.length);
        for (int i = 0; i < heads.length; i++) {
            Head head = heads[i];
            events.add(new FeedEvent(head.seq(), head.audience(), lines[i + 1], head.seats(), head.clockRuns()));
        }
        return events;
    }
}
