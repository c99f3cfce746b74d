package dev.curveball.transport;

import dev.curveball.fanout.FeedEvent;
import dev.curveball.protocol.RoomEvent;
import dev.curveball.protocol.view.TimerView;
import dev.curveball.room.Command;
import dev.curveball.room.RoomState;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Makes time-driven rules happen live: every {@code tick-ms}, each running room this event loop has sockets in gets
 * a {@link Command.Tick}. The room settles what is due from its own state, so ticks from several nodes, or late
 * ones, never play a card twice; a room nobody is connected to settles when someone returns.
 */
final class Ticker {
    private static final Logger LOG = LoggerFactory.getLogger(Ticker.class);

    private final Sessions sessions;
    private final Set<String> running = new HashSet<>();

    Ticker(Sessions sessions) {
        this.sessions = sessions;
        sessions.feeds().watch(this::watch);
        sessions.vertx().setPeriodic(sessions.config().rooms().tickMs(), id -> tick());
    }

    /** What a socket saw when it joined: whether the room's clock runs. */
    void joined(RoomState state) {
        mark(state.id(), state.round().stage() == dev.curveball.protocol.view.Stage.RUNNING
            && state.timer().state() == TimerView.State.RUNNING);
    }

    private void watch(String roomId, List<FeedEvent> events) {
        for (FeedEvent event : events) {
            event.as(RoomEvent.TimerChanged.class)
                .ifPresent(changed -> mark(roomId, changed.timer().state() == TimerView.State.RUNNING));
        }
    }

    private void mark(String roomId, boolean clockRuns) {
        if (clockRuns) {
            running.add(roomId);
        } else {
            running.remove(roomId);
        }
    }

    private void tick() {
        running.removeIf(roomId -> !sessions.feeds().watching(roomId));
        for (String roomId : List.copyOf(running)) {
            sessions.rooms().apply(roomId, new Command.Tick())
                .onFailure(e -> LOG.debug("tick of room {} failed; the next one retries", roomId, e));
        }
    }
}
