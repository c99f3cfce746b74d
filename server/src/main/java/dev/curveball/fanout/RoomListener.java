package dev.curveball.fanout;

import java.util.List;

/** Something on this node that wants a room's events: in practice, a socket's session. */
@FunctionalInterface
public interface RoomListener {
    /** Events as they arrive from the event bus: possibly out of order or repeated; the listener sorts them out. */
    void onEvents(List<FeedEvent> events);
}
