package dev.curveball.store;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.hazelcast.map.EntryProcessor;
import dev.curveball.room.Command;
import dev.curveball.room.Room;
import dev.curveball.room.RoomState;
import java.util.Map;

/**
 * Runs {@link Room#apply} on the partition that owns the room. Hazelcast serializes commands on one key, and runs
 * this same processor on the backups, which is why the room logic must be deterministic: {@code now} travels with it.
 */
// Jackson would otherwise also write EntryProcessor.getBackupProcessor(), which returns the processor itself.
@JsonIgnoreProperties({"backupProcessor"})
record ApplyCommand(Command command, long now) implements EntryProcessor<String, RoomState, Result> {

    @Override
    public Result process(Map.Entry<String, RoomState> entry) {
        return Applying.apply(entry, command, now, false);
    }
}
