package dev.curveball.store;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.hazelcast.map.EntryProcessor;
import dev.curveball.protocol.ErrorCode;
import dev.curveball.room.Command;
import dev.curveball.room.Outcome;
import dev.curveball.room.Room;
import dev.curveball.room.RoomState;
import java.util.Map;

/**
 * Runs {@link Room#apply} on the partition that owns the room. Hazelcast serializes commands on one key, and runs
 * this same processor on the backups, which is why the room logic must be deterministic: {@code now} travels with it.
 */
// Jackson would otherwise also write EntryProcessor.getBackupProcessor(), which returns the processor itself.
@JsonIgnoreProperties({"backupProcessor"})
record ApplyCommand(Command command, long now, boolean withState)
    implements EntryProcessor<String, RoomState, Outcome> {

    @Override
    public Outcome process(Map.Entry<String, RoomState> entry) {
        RoomState state = entry.getValue();
        if (state == null) {
            return new Outcome.Rejected(ErrorCode.UNKNOWN_ROOM, "there is no room with this id");
        }
        Outcome outcome = Room.apply(state, command, now);
        if (outcome instanceof Outcome.Applied applied) {
            if (!applied.events().isEmpty() || applied.state() != state) {
                entry.setValue(applied.state());
            }
            return withState ? applied : new Outcome.Applied(null, applied.actor(), applied.events());
        }
        return outcome;
    }
}
