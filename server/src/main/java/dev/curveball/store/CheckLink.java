package dev.curveball.store;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.hazelcast.core.ReadOnly;
import com.hazelcast.map.EntryProcessor;
import dev.curveball.protocol.ErrorCode;
import dev.curveball.room.LinkCheck;
import dev.curveball.room.RoomState;
import java.util.Map;

/**
 * Checks a link on the partition owner and answers a few words (title, host, seat), instead of shipping the whole
 * room to the caller: checking a link costs one hash and one read, whatever the room holds.
 */
// Jackson would otherwise also write EntryProcessor.getBackupProcessor(), which returns the processor itself.
@JsonIgnoreProperties({"backupProcessor"})
record CheckLink(String tokenHash, String resumeSecretHash)
    implements EntryProcessor<String, RoomState, LinkCheck>, ReadOnly {

    @Override
    public LinkCheck process(Map.Entry<String, RoomState> entry) {
        RoomState state = entry.getValue();
        if (state == null) {
            return new LinkCheck.Refused(ErrorCode.UNKNOWN_ROOM, "there is no room with this id");
        }
        return LinkCheck.of(state, tokenHash, resumeSecretHash);
    }

    @Override
    public EntryProcessor<String, RoomState, LinkCheck> getBackupProcessor() {
        return null;
    }
}
