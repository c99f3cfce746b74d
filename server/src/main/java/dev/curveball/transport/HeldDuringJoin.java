package dev.curveball.transport;

import dev.curveball.events.FeedEvent;
import dev.curveball.room.RoomState;
import java.util.ArrayList;
import java.util.List;

/**
 * What the room's feed hands a socket while its join is on its way: the socket subscribes before it joins, so that
 * nothing after the join's snapshot slips past it, and the welcome then sorts out what it already covers.
 */
final class HeldDuringJoin {
    private final List<FeedEvent> events = new ArrayList<>();
    /** The newest snapshot handed over, if any; it covers every event up to its {@code seq}. */
    private RoomState snapshot;

    /** What was held, in order: a snapshot (or null) first, then the events after it. */
    record Held(RoomState snapshot, List<FeedEvent> events) {
    }

    void events(List<FeedEvent> handed) {
        events.addAll(handed);
    }

    void snapshot(RoomState state) {
        snapshot = state;
        events.removeIf(event -> event.seq() <= state.seq());
    }

    /** Everything held, handed over once; nothing is held afterwards. */
    Held release() {
        Held held = new Held(snapshot, List.copyOf(events));
        clear();
        return held;
    }

    void clear() {
        events.clear();
        snapshot = null;
    }
}
