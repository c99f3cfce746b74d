package dev.curveball.store;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.hazelcast.core.ReadOnly;
import com.hazelcast.map.EntryProcessor;
import dev.curveball.room.RoomState;
import java.util.Map;

/** Reads only the missed events on the partition owner, instead of shipping the whole room to the caller. */
// Jackson would otherwise also write EntryProcessor.getBackupProcessor(), which returns the processor itself.
@JsonIgnoreProperties({"backupProcessor"})
record ReadCatchup(long afterSeq) implements EntryProcessor<String, RoomState, Catchup>, ReadOnly {

    @Override
    public Catchup process(Map.Entry<String, RoomState> entry) {
        RoomState state = entry.getValue();
        if (state == null) {
            return new Catchup.Gone();
        }
        return state.eventsAfter(afterSeq)
            .<Catchup>map(Catchup.Events::new)
            .orElseGet(() -> new Catchup.Snapshot(state));
    }

    @Override
    public EntryProcessor<String, RoomState, Catchup> getBackupProcessor() {
        return null;
    }
}
