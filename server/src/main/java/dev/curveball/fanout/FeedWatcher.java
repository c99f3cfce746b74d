package dev.curveball.fanout;

import dev.curveball.events.FeedEvent;
import dev.curveball.room.RoomState;
import java.util.List;

/** Sees each room's events once per event loop, in order, and the room as each socket was welcomed to it. */
public interface FeedWatcher {
    FeedWatcher NONE = new FeedWatcher() {
        @Override
        public void welcomed(RoomState state) {
        }

        @Override
        public void events(String roomId, List<FeedEvent> events) {
        }
    };

    void welcomed(RoomState state);

    void events(String roomId, List<FeedEvent> events);
}
