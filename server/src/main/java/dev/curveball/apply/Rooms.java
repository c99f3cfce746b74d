package dev.curveball.apply;

import dev.curveball.fanout.RoomFeeds;
import dev.curveball.room.Command;
import dev.curveball.store.Result;
import dev.curveball.store.RoomStore;
import io.vertx.core.Future;
import io.vertx.core.eventbus.EventBus;
import java.util.function.LongSupplier;

/**
 * The one path by which anything changes a room: stamp the command with this node's clock, apply it on the
 * partition that owns the room, and publish its events to every node with sockets in the room. Sockets, the ticker
 * and the sweep after a node left all come through here, so none can apply without publishing or read the time
 * from another clock. Shared by every event loop of a node; holds no state of its own.
 */
public final class Rooms {
    private final RoomStore store;
    private final EventBus bus;
    private final LongSupplier clock;

    public Rooms(RoomStore store, EventBus bus, LongSupplier clock) {
        this.store = store;
        this.bus = bus;
        this.clock = clock;
    }

    /** Applies a command now; its events are on their way to every socket in the room when this completes. */
    public Future<Result> apply(String roomId, Command command) {
        return store.apply(roomId, command, now()).map(result -> published(roomId, result));
    }

    /** Applies a join now: {@link Result.Joined} with the room as the newcomer finds it, or {@link Result.Refused}. */
    public Future<Result> join(String roomId, Command.Join join) {
        return store.join(roomId, join, now()).map(result -> published(roomId, result));
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

    private Result published(String roomId, Result result) {
        if (result.batch() != null) {
            RoomFeeds.publish(bus, roomId, result.batch());
        }
        return result;
    }
}
