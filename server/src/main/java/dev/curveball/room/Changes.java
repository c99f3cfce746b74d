package dev.curveball.room;

import dev.curveball.protocol.RoomEvent;
import java.util.ArrayList;
import java.util.List;

/** Collects the events one command produces, numbering them after the room's current {@code seq}. */
final class Changes {
    private final RoomState before;
    private final long now;
    private final List<LoggedEvent> events = new ArrayList<>();

    Changes(RoomState before, long now) {
        this.before = before;
        this.now = now;
    }

    long now() {
        return now;
    }

    Changes emit(Audience audience, RoomEvent event) {
        events.add(new LoggedEvent(before.seq() + events.size() + 1, now, audience, event));
        return this;
    }

    Outcome.Applied applied(RoomState after, String actor) {
        return new Outcome.Applied(after.record(events), actor, events);
    }
}
