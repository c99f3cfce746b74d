package dev.curveball.store;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.annotation.JsonTypeName;
import dev.curveball.protocol.ErrorCode;
import dev.curveball.room.LoggedEvent;
import dev.curveball.room.RoomState;
import java.util.List;

/**
 * What a command did to a stored room, as the node that sent it needs to know: the events to publish and whom the
 * command acted for, or why it was refused. The new state stays on the partition, except after a join, whose
 * welcome carries the room as the newcomer may see it.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "result")
@JsonSubTypes({
    @JsonSubTypes.Type(Result.Applied.class),
    @JsonSubTypes.Type(Result.Joined.class),
    @JsonSubTypes.Type(Result.Refused.class),
})
public sealed interface Result {

    /** The events to publish; none after a refusal. */
    List<LoggedEvent> events();

    /** @param actor the participant the command acted for */
    @JsonTypeName("applied")
    record Applied(String actor, List<LoggedEvent> events) implements Result {
        public Applied {
            events = List.copyOf(events);
        }
    }

    /** @param actor who the joining socket now is */
    @JsonTypeName("joined")
    record Joined(RoomState state, String actor, List<LoggedEvent> events) implements Result {
        public Joined {
            events = List.copyOf(events);
        }
    }

    @JsonTypeName("refused")
    record Refused(ErrorCode code, String message) implements Result {
        @Override
        public List<LoggedEvent> events() {
            return List.of();
        }
    }
}
