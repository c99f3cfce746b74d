package dev.curveball.durable;

import com.hazelcast.map.MapStore;
import dev.curveball.room.Command;
import dev.curveball.room.Outcome;
import dev.curveball.room.Room;
import dev.curveball.room.RoomState;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.LongSupplier;

/**
 * The {@code rooms} map's store: Hazelcast hands it each changed room behind the change (write-behind, coalesced)
 * and asks it for a room it does not hold (after a restart, or once the room left memory). Rooms load lazily, by
 * key, on first use: {@link #loadAllKeys()} answers null, so a restart reads nothing up front; with preloading on
 * it answers every room that has not expired.
 */
final class RoomMapStore implements MapStore<String, RoomState> {
    /** A prefix every connection id starts with: dropping it takes every socket out of a room. */
    private static final String EVERY_CONNECTION = "";

    private final Database database;
    private final RoomWriter writer;
    private final LongSupplier clock;
    private final boolean preload;

    RoomMapStore(Database database, RoomWriter writer, LongSupplier clock, boolean preload) {
        this.database = database;
        this.writer = writer;
        this.clock = clock;
        this.preload = preload;
    }

    @Override
    public void store(String id, RoomState state) {
        writer.put(Map.of(id, state));
    }

    @Override
    public void storeAll(Map<String, RoomState> rooms) {
        writer.put(rooms);
    }

    @Override
    public void delete(String id) {
        writer.delete(List.of(id));
    }

    @Override
    public void deleteAll(Collection<String> ids) {
        writer.delete(ids);
    }

    /**
     * The room as last written, or as queued when its write has not landed yet. A room read back from the database
     * has no sockets: whoever was connected was connected to a node that has since stopped, so everyone in it is
     * marked offline (the same command that clears a departed node's sockets).
     */
    @Override
    public RoomState load(String id) {
        Optional<RoomWriter.Queued> queued = writer.queued(id);
        if (queued.isPresent()) {
            return queued.get().state();
        }
        long now = clock.getAsLong();
        Optional<RoomState> stored;
        try (Connection connection = database.connection()) {
            stored = RoomRows.read(connection, id, now);
        } catch (SQLException e) {
            throw new IllegalStateException("room " + id + " could not be read from the database: " + e.getMessage(),
                e);
        }
        return stored.map(state -> offline(state, now)).orElse(null);
    }

    @Override
    public Map<String, RoomState> loadAll(Collection<String> ids) {
        Map<String, RoomState> rooms = new HashMap<>();
        for (String id : ids) {
            RoomState state = load(id);
            if (state != null) {
                rooms.put(id, state);
            }
        }
        return rooms;
    }

    /** Null (no room is loaded before someone asks for it), or with preloading every room that has not expired. */
    @Override
    public Iterable<String> loadAllKeys() {
        if (!preload) {
            return null;
        }
        try (Connection connection = database.connection()) {
            return RoomRows.ids(connection, clock.getAsLong());
        } catch (SQLException e) {
            throw new IllegalStateException("the rooms to preload could not be listed: " + e.getMessage(), e);
        }
    }

    private static RoomState offline(RoomState state, long now) {
        Outcome outcome = Room.apply(state, new Command.DropConnections(EVERY_CONNECTION), now);
        return outcome instanceof Outcome.Applied applied ? applied.state() : state;
    }
}
