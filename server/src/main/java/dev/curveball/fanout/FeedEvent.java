package dev.curveball.fanout;

import dev.curveball.protocol.Codec;
import dev.curveball.protocol.ServerMessage;
import dev.curveball.room.LoggedEvent;

/**
 * A room event as it arrived on this node, with its wire frame encoded at most once however many sockets receive
 * it. Only touched from its feed's event loop, so the lazy encoding needs no locking.
 */
public final class FeedEvent {
    private final LoggedEvent event;
    private String frame;

    public FeedEvent(LoggedEvent event) {
        this.event = event;
    }

    public LoggedEvent event() {
        return event;
    }

    public long seq() {
        return event.seq();
    }

    public String frame() {
        if (frame == null) {
            frame = Codec.encode(new ServerMessage.Event(event.seq(), event.at(), event.event()));
        }
        return frame;
    }
}
