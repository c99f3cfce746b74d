package dev.curveball.store;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.hazelcast.map.EntryProcessor;
import dev.curveball.room.Command;
import dev.curveball.room.RoomState;
import java.util.Map;

/** Applies a join on the partition that owns the room, and answers the room as it is after it, for the welcome. */
// Jackson would otherwise also write EntryProcessor.getBackupProcessor(), which returns the processor itself.
@JsonIgnoreProperties({"backupProcessor"})
record JoinRoom(Command.Join join, long now) implements EntryProcessor<String, RoomState, Result> {

    @Override
    public Result process(Map.Entry<String, RoomState> entry) {
        return Applying.apply(entry, join, now, true);
    }
}
