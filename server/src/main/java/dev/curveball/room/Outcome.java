package dev.curveball.room;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.annotation.JsonTypeName;
import dev.curveball.protocol.ErrorCode;
import java.util.List;

/** What applying a command did: a new state and the events it produced, or a refusal that changed nothing. */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "outcome")
@JsonSubTypes({@JsonSubTypes.Type(Outcome.Applied.class), @JsonSubTypes.Type(Outcome.Rejected.class)})
public sealed interface Outcome {

    /** @param actor the participant the command acted for (for a join: who the socket now is) */
    @JsonTypeName("applied")
    record Applied(RoomState state, String actor, List<LoggedEvent> events) implements Outcome {
        public Applied {
            events = List.copyOf(events);
        }
    }

    @JsonTypeName("rejected")
    record Rejected(ErrorCode code, String message) implements Outcome {
    }
}
