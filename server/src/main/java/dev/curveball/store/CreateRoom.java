package dev.curveball.store;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.hazelcast.map.EntryProcessor;
import com.hazelcast.map.ExtendedMapEntry;
import dev.curveball.room.RoomState;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Puts a new room in place unless its id is taken; answers whether it did. The room lives at most {@code unjoinedTtlMs}
 * until someone joins it: the join's plain {@code setValue} puts the map's own expiry (max-idle) back in charge, so
 * rooms created and never used go early instead of filling the cluster for a whole expiry period.
 */
// Jackson would otherwise also write EntryProcessor.getBackupProcessor(), which returns the processor itself.
@JsonIgnoreProperties({"backupProcessor"})
record CreateRoom(RoomState room, long unjoinedTtlMs) implements EntryProcessor<String, RoomState, Boolean> {

    @Override
    public Boolean process(Map.Entry<String, RoomState> entry) {
        if (entry.getValue() != null) {
            return false;
        }
        if (unjoinedTtlMs > 0) {
            ((ExtendedMapEntry<String, RoomState>) entry).setValue(room, unjoinedTtlMs, TimeUnit.MILLISECONDS);
        } else {
            entry.setValue(room);
        }
        return true;
    }
}
