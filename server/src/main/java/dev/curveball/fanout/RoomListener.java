package dev.curveball.fanout;

import dev.curveball.events.FeedEvent;
import dev.curveball.room.Audience;
import dev.curveball.room.RoomState;
import java.util.List;

/** Something on this node that wants a room's events: in practice, a socket's session. */
public interface RoomListener {
    /**
     * The room's next events, in {@code seq} order, each once, with no gap since the previous call or the last
     * snapshot. Events before the listener's own starting point (its welcome) may be among them: it skips those.
     */
    void onEvents(List<FeedEvent> events);

    /**
     * Events were lost beyond the room's log: the room as it is now, to be redacted for the listener's viewer. The
     * events that follow continue from its {@code seq}.
     */
    void onSnapshot(RoomState state);

    /** A message outside the numbered stream (a caret moving): delivered once, as is, to whom it concerns. */
    void onTransient(Audience audience, String frame);

    /** The room is gone: nothing more will ever arrive. */
    void roomGone();

    /**
     * A delivery to this listener threw, so it may have lost events it had already counted as delivered: it should
     * give up its stream (a session closes its socket, and the client resumes from the last event it saw). Must not
     * throw.
     */
    void failed(RuntimeException error);
}
