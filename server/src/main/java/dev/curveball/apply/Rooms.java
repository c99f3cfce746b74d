package dev.curveball.apply;

import dev.curveball.fanout.RoomFeeds;
import dev.curveball.metrics.NodeMetrics;
import dev.curveball.room.Command;
import dev.curveball.store.Result;
import dev.curveball.store.RoomStore;
import io.vertx.core.Future;
import io.vertx.core.eventbus.EventBus;
import java.util.function.LongSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one path by which anything changes a room: stamp the command with this node's clock, apply it on the
 * partition that owns the room, and publish its events to every node with sockets in the room. Sockets, the ticker
 * and the sweep after a node left all come through here, so none can apply without publishing or read the time
 * from another clock. Shared by every event loop of a node; holds no state of its own.
 */
public final class Rooms {
    /** The rooms' lifecycle lines, with {@code RoomLifecycleLog}'s. */
    private static final Logger LIFECYCLE = LoggerFactory.getLogger("dev.curveball.rooms");
    private final RoomStore store;
    private final EventBus bus;
    private final LongSupplier clock;
    private final NodeMetrics metrics;

    public Rooms(RoomStore store, EventBus bus, LongSupplier clock) {
        this(store, bus, clock, NodeMetrics.none());
    }

    /** @param metrics where every apply's type, outcome and time are counted */
    public Rooms(RoomStore store, EventBus bus, LongSupplier clock, NodeMetrics metrics) {
        this.store = store;
        this.bus = bus;
        this.clock = clock;
        this.metrics = metrics;
    }

    /** Applies a command now; its events are on their way to every socket in the room when this completes. */
    public Future<Result> apply(String roomId, Command command) {
        long start = System.nanoTime();
        return store.apply(roomId, command, now()).map(result -> published(roomId, command, result, start));
    }

    /** Applies a join now: {@link Result.Joined} with the room as the newcomer finds it, or {@link Result.Refused}. */
    public Future<Result> join(String roomId, Command.Join join) {
        long start = System.nanoTime();
        return store.join(roomId, join, now()).map(result -> {
            if (result instanceof Result.Joined joined && joined.state().participants().size() == 1
                && joined.actor().equals(join.newParticipantId())) {
                LIFECYCLE.info("room {}: first person joined", roomId);
            }
            return published(roomId, join, result, start);
        });
    }

    /** Applies a command to every room (a rare sweep) and answers how many rooms it changed. */
    public Future<Integer> applyEverywhere(Command command) {
        return store.applyEverywhere(command, now()).map(changed -> {
            changed.forEach((roomId, batch) -> RoomFeeds.publish(bus, roomId, batch));
            return changed.size();
        });
    }

    /** This node's clock: the time every command, pong and timer reading is stamped with. */
    public long now() {
        return clock.getAsLong();
    }

    /** Where the rooms are kept, for reads that change nothing. */
    public RoomStore store() {
        return store;
    }

    private Result published(String roomId, Command command, Result result, long start) {
        metrics.applied(command, !(result instanceof Result.Refused), System.nanoTime() - start);
        if (result.batch() != null) {
            RoomFeeds.publish(bus, roomId, result.batch());
        }
        return result;
    }
}
