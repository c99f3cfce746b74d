package dev.curveball.fanout;

import com.fasterxml.jackson.annotation.JsonTypeName;
import dev.curveball.protocol.Codec;
import dev.curveball.protocol.ProtocolException;
import dev.curveball.protocol.RoomEvent;
import dev.curveball.protocol.ServerMessage;
import dev.curveball.room.Audience;
import dev.curveball.room.LoggedEvent;
import java.util.Optional;

/**
 * A room event as it reaches a node: its number, its audience, its kind, and its wire frame, encoded once where the
 * command ran however many nodes and sockets receive it. The event itself is decoded from the frame only for the
 * few kinds a node acts on (seats, the timer). Only touched from its feed's event loop, so the lazy fields need no
 * locking.
 */
public final class FeedEvent {
    private final long seq;
    private final Audience audience;
    private final String kind;
    private LoggedEvent logged;
    private String frame;

    /** An event as the room logged it (from a catch-up read); its frame is encoded when first needed. */
    public FeedEvent(LoggedEvent event) {
        this(event.seq(), kindOf(event.event().getClass()), event.audience(), null);
        this.logged = event;
    }

    /** An event that travelled as its finished frame. */
    FeedEvent(long seq, String kind, Audience audience, String frame) {
        this.seq = seq;
        this.kind = kind;
        this.audience = audience;
        this.frame = frame;
    }

    public long seq() {
        return seq;
    }

    public Audience audience() {
        return audience;
    }

    public String kind() {
        return kind;
    }

    public String frame() {
        if (frame == null) {
            frame = Codec.encode(new ServerMessage.Event(logged.seq(), logged.at(), logged.event()));
        }
        return frame;
    }

    /** The event, when it is of this kind; decoded from the frame on demand. */
    public <E extends RoomEvent> Optional<E> as(Class<E> type) {
        if (!kind.equals(kindOf(type))) {
            return Optional.empty();
        }
        if (logged != null) {
            return Optional.of(type.cast(logged.event()));
        }
        try {
            return Optional.of(type.cast(((ServerMessage.Event) Codec.decodeServer(frame)).event()));
        } catch (ProtocolException e) {
            throw new IllegalStateException("a room event frame this node encoded does not decode", e);
        }
    }

    /** An event class's {@code kind}, read from its annotation once per class: this runs for every event delivered. */
    private static final ClassValue<String> KINDS = new ClassValue<>() {
        @Override
        protected String computeValue(Class<?> type) {
            return type.getAnnotation(JsonTypeName.class).value();
        }
    };

    static String kindOf(Class<?> type) {
        return KINDS.get(type);
    }
}
