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
 * carried as it is, after a line of routing facts: {@code head\nframe\nhead\nframe…}. A head is the bare
 * {@code seq} for the common event that everyone may see and that seats nobody and moves no clock (a notes edit,
 * a cursor, a chat line); otherwise it is JSON, {@code {seq, audience, seats?, clockRuns?, removes?}}. Frames are compact
 * JSON, in which a newline can only appear escaped, so a line break separates them safely; a receiving node reads
 * only the heads, never the events, and for most events not even JSON.
 */
public final class EventBatch {
    private static final ObjectMapper MAPPER = Codec.newMapper();
    private static final ObjectReader HEAD = MAPPER.readerFor(Head.class);

    /** What a node needs to route an event without reading it. */
    record Head(long seq, Audience audience, Map<String, Role> seats, Boolean clockRuns, String removes) {
    }

    private EventBatch() {
    }

    /** The batch of a command's events, as it crosses Hazelcast and the event bus. */
    public static String encode(List<LoggedEvent> events) {
        StringBuilder batch = new StringBuilder();
        for (LoggedEvent logged : events) {
            FeedEvent event = FeedEvent.of(logged);
            if (batch.length() > 0) {
                batch.append('\n');
            }
            batch.append(head(event)).append('\n').append(event.frame());
        }
        return batch.toString();
    }

    public static List<FeedEvent> decode(String body) {
        if (body.isEmpty()) {
            return List.of();
        }
        String[] lines = body.split("\n", -1);
        if (lines.length % 2 != 0) {
            throw new IllegalStateException("a batch of " + lines.length + " lines does not pair heads with frames");
        }
        List<FeedEvent> events = new ArrayList<>(lines.length / 2);
        for (int i = 0; i < lines.length; i += 2) {
            Head head = head(lines[i]);
            events.add(new FeedEvent(head.seq(), head.audience(), lines[i + 1], head.seats(), head.clockRuns(),
                head.removes()));
        }
        return events;
    }

    private static String head(FeedEvent event) {
        if (event.audience() instanceof Audience.Everyone && event.seats() == null && event.clockRuns() == null
            && event.removes() == null) {
            return Long.toString(event.seq());
        }
        try {
            return MAPPER.writeValueAsString(new Head(event.seq(), event.audience(), event.seats(), event.clockRuns(),
                event.removes()));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot encode an event's head", e);
        }
    }

    private static Head head(String line) {
        if (!line.isEmpty() && Character.isDigit(line.charAt(0))) {
            return new Head(Long.parseLong(line), Audience.EVERYONE, null, null, null);
        }
        try {
            return HEAD.readValue(line);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot decode an event's head", e);
        }
    }
}
