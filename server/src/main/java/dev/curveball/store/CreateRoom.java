package dev.curveball.store;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.hazelcast.map.EntryProcessor;
import dev.curveball.room.RoomState;
import java.util.Map;

/** Puts a new room in place unless its id is taken; answers whether it did. */
// Jackson would otherwise also write EntryProcessor.getBackupProcessor(), which returns the processor itself.
@JsonIgnoreProperties({"backupProcessor"})
record CreateRoom(RoomState room) implements EntryProcessor<String, RoomState, Boolean> {

    @Override
    public Boolean process(Map.Entry<String, RoomState> entry) {
        if (entry.getValue() != null) {
            return false;
        }
        entry.setValue(room);
        return true;
    }
}
