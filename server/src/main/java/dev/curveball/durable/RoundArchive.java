package dev.curveball.durable;

import dev.curveball.room.RoomState;
import java.util.Optional;

/** Where a finished round's report material outlives its room, until the retention limit. */
public interface RoundArchive {
    /** Keeps nothing: rooms in memory only. */
    RoundArchive NONE = (roomId, round) -> Optional.empty();

    /**
     * The room as it was once round {@code round} had ended, if that round was archived and is still kept. Blocks on
     * the database: call it off the event loop.
     */
    Optional<RoomState> find(String roomId, int round);
}
