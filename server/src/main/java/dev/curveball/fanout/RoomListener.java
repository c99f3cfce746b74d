package dev.curveball.fanout;

import dev.curveball.room.Audience;
import java.util.List;

/** Something on this node that wants a room's events: in practice, a socket's session. */
public interface RoomListener {
    /** Events as they arrive from the event bus: possibly out of order or repeated; the listener sorts them out. */
    void onEvents(List<FeedEvent> events);

    /** A message outside the numbered stream (a caret moving): delivered once, as is, to whom it concerns. */
    void onTransient(Audience audience, String frame);

    /**
     * A delivery to this listener threw, so it may have lost events it had already counted as delivered: it should
     * give up its stream (a session closes its socket, and the client resumes from the last event it saw). Must not
     * throw.
     */
    void failed(RuntimeException error);
}
