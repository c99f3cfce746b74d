package dev.curveball.transport;

import dev.curveball.apply.Rooms;
import dev.curveball.events.FeedEvent;
import dev.curveball.fanout.FeedWatcher;
import dev.curveball.fanout.RoomFeeds;
import dev.curveball.protocol.view.Stage;
import dev.curveball.protocol.view.TimerView;
import dev.curveball.room.Command;
import dev.curveball.room.RoomState;
import io.vertx.core.Vertx;
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
public final class Ticker implements FeedWatcher {
    private static final Logger LOG = LoggerFactory.getLogger(Ticker.class);

    private final Rooms rooms;
    private final RoomFeeds feeds;
    private final Set<String> running = new HashSet<>();

    /** Starts ticking on the calling event loop, watching {@code feeds} for rooms whose clock runs. */
    public static Ticker start(Vertx vertx, Rooms rooms, RoomFeeds feeds, long tickMs) {
        Ticker ticker = new Ticker(rooms, feeds);
        feeds.watch(ticker);
        vertx.setPeriodic(tickMs, id -> ticker.tick());
        return ticker;
    }

    private Ticker(Rooms rooms, RoomFeeds feeds) {
        this.rooms = rooms;
        this.feeds = feeds;
    }

    @Override
    public void welcomed(RoomState state) {
        mark(state.id(), state.round().stage() == Stage.RUNNING
            && state.timer().state() == TimerView.State.RUNNING);
    }

    @Override
    public void events(String roomId, List<FeedEvent> events) {
        for (FeedEvent event : events) {
            if (event.clockRuns() != null) {
                mark(roomId, event.clockRuns());
            }
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
        running.removeIf(roomId -> !feeds.watching(roomId));
        for (String roomId : List.copyOf(running)) {
            rooms.apply(roomId, new Command.Tick())
                .onFailure(e -> LOG.debug("tick of room {} failed; the next one retries", roomId, e));
        }
    }
}
