package dev.curveball.room;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.annotation.JsonTypeName;
import java.util.List;

/** Who may receive an event. Decided by the room when the event happens, checked at the edge for every socket. */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "to")
@JsonSubTypes({
    @JsonSubTypes.Type(Audience.Everyone.class),
    @JsonSubTypes.Type(Audience.Participant.class),
    @JsonSubTypes.Type(Audience.Participants.class),
    @JsonSubTypes.Type(Audience.Host.class),
    @JsonSubTypes.Type(Audience.AnyOf.class),
    @JsonSubTypes.Type(Audience.Except.class),
})
public sealed interface Audience {

    boolean admits(Viewer viewer);

    Audience EVERYONE = new Everyone();

    @JsonTypeName("everyone")
    record Everyone() implements Audience {
        @Override
        public boolean admits(Viewer viewer) {
            return true;
        }
    }

    @JsonTypeName("participant")
    record Participant(String id) implements Audience {
        @Override
        public boolean admits(Viewer viewer) {
            return id.equals(viewer.participantId());
        }
    }

    /**
     * These participants, chosen when the event happened. Private material is addressed by id rather than by seat,
     * so that a replay after the seats moved on never hands it to the seat's next holder.
     */
    @JsonTypeName("participants")
    record Participants(List<String> ids) implements Audience {
        public Participants {
            ids = List.copyOf(ids);
        }

        @Override
        public boolean admits(Viewer viewer) {
            return ids.contains(viewer.participantId());
        }
    }

    @JsonTypeName("host")
    record Host() implements Audience {
        @Override
        public boolean admits(Viewer viewer) {
            return viewer.host();
        }
    }

    @JsonTypeName("any-of")
    record AnyOf(List<Audience> audiences) implements Audience {
        public AnyOf {
            audiences = List.copyOf(audiences);
        }

        @Override
        public boolean admits(Viewer viewer) {
            return audiences.stream().anyMatch(audience -> audience.admits(viewer));
        }
    }

    @JsonTypeName("except")
    record Except(Audience excluded) implements Audience {
        @Override
        public boolean admits(Viewer viewer) {
            return !excluded.admits(viewer);
        }
    }
}
