package dev.curveball.store;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.annotation.JsonTypeName;
import dev.curveball.room.LoggedEvent;
import dev.curveball.room.RoomState;
import java.util.List;

/** The answer to "what happened after seq N": the missed events, or the whole room when they left the log. */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "catchup")
@JsonSubTypes({
    @JsonSubTypes.Type(Catchup.Events.class),
    @JsonSubTypes.Type(Catchup.Snapshot.class),
    @JsonSubTypes.Type(Catchup.Gone.class),
})
public sealed interface Catchup {

    @JsonTypeName("events")
    record Events(List<LoggedEvent> events) implements Catchup {
        public Events {
            events = List.copyOf(events);
        }
    }

    @JsonTypeName("snapshot")
    record Snapshot(RoomState state) implements Catchup {
    }

    /** The room no longer exists. */
    @JsonTypeName("gone")
    record Gone() implements Catchup {
    }
}
