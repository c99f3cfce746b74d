package dev.curveball.store;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.hazelcast.core.ReadOnly;
import com.hazelcast.map.EntryProcessor;
import dev.curveball.room.RoomState;
import dev.curveball.room.RoomSummary;
import java.util.Map;

/** A cohort board's view of one room, built on the partition owner: a few hundred bytes cross, never the room. */
// Jackson would otherwise also write EntryProcessor.getBackupProcessor(), which returns the processor itself.
@JsonIgnoreProperties({"backupProcessor"})
record ReadSummary() implements EntryProcessor<String, RoomState, RoomSummary>, ReadOnly {

    @Override
    public RoomSummary process(Map.Entry<String, RoomState> entry) {
        RoomState state = entry.getValue();
        return state == null ? null : RoomSummary.of(state);
    }

    @Override
    public EntryProcessor<String, RoomState, RoomSummary> getBackupProcessor() {
        return null;
    }
}
