package dev.curveball.store;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.hazelcast.core.ReadOnly;
import com.hazelcast.map.EntryProcessor;
import dev.curveball.protocol.DocName;
import dev.curveball.room.Redaction;
import dev.curveball.room.RoomState;
import dev.curveball.room.Viewer;
import java.util.Map;

/**
 * Reads one notes document, as the viewer may see it, on the partition owner: a {@code notes.fetch} then costs one
 * document, not a copy of the whole room through the serializer (what a plain read of an OBJECT-format map does).
 */
// Jackson would otherwise also write EntryProcessor.getBackupProcessor(), which returns the processor itself.
@JsonIgnoreProperties({"backupProcessor"})
record ReadDocument(DocName doc, Viewer viewer) implements EntryProcessor<String, RoomState, DocRead>, ReadOnly {

    @Override
    public DocRead process(Map.Entry<String, RoomState> entry) {
        RoomState state = entry.getValue();
        if (state == null) {
            return new DocRead(false, null);
        }
        return new DocRead(true, Redaction.document(state, doc, viewer).orElse(null));
    }

    @Override
    public EntryProcessor<String, RoomState, DocRead> getBackupProcessor() {
        return null;
    }
}
