package dev.curveball.store;

import dev.curveball.protocol.ErrorCode;
import dev.curveball.room.RoomState;

/**
 * What a command did to a stored room, as the node that sent it needs to know: whom it acted for, what to answer the
 * sender, and its events as one finished batch for the event bus (encoded once, on the partition that ran the
 * command), or why it was refused. The new state stays on the partition, except after a join, whose welcome
 * carries the room as the newcomer may see it. Crosses Hazelcast through {@link ResultSerializer}.
 */
public sealed interface Result {

    /** The command's events, encoded for the event bus (see {@code EventBatch}); null when there were none. */
    String batch();

    /**
     * @param actor    the participant the command acted for
     * @param seq      the number of the command's last event; null when it caused none
     * @param revision the notes revision an edit made, for its ack; null for other commands and resent edits
     */
    record Applied(String actor, Long seq, Long revision, String batch) implements Result {
    }

    /** @param actor who the joining socket now is */
    record Joined(RoomState state, String actor, String batch) implements Result {
    }

    record Refused(ErrorCode code, String message) implements Result {
        @Override
        public String batch() {
            return null;
        }
    }
}
