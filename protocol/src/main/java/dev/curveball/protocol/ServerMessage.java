package dev.curveball.protocol;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeName;
import dev.curveball.protocol.view.RoomSnapshot;

/** The messages the server sends: the whole server vocabulary in one place. */
@JsonSubTypes({
    @JsonSubTypes.Type(ServerMessage.Welcome.class),
    @JsonSubTypes.Type(ServerMessage.Snapshot.class),
    @JsonSubTypes.Type(ServerMessage.Event.class),
    @JsonSubTypes.Type(ServerMessage.Ack.class),
    @JsonSubTypes.Type(ServerMessage.Error.class),
    @JsonSubTypes.Type(ServerMessage.Pong.class),
})
public sealed interface ServerMessage extends Message {

    /**
     * The answer to a successful {@code hello}.
     *
     * @param resume secret that returns this socket's participant after a reload; keep it, never share it
     * @param seq    the client's room state now reflects every event up to this one; the events after it follow
     * @param room   the room redacted for this participant; absent when a resuming client's {@code lastSeq} is still
     *               in the room's log, in which case {@code seq} is that {@code lastSeq} and the missed events follow
     */
    @JsonTypeName("welcome")
    record Welcome(int protocol, You you, String resume, long seq, long serverTime, RoomSnapshot room)
        implements ServerMessage {
    }

    /** Who the receiving socket is in the room. */
    record You(String participant, Role role, boolean host) {
    }

    /** Replaces the client's room state when the events it missed are older than the room's event log. */
    @JsonTypeName("snapshot")
    record Snapshot(long seq, long serverTime, RoomSnapshot room) implements ServerMessage {
    }

    /**
     * One room event. {@code seq} numbers are room-wide and increase by one per event, but a client sees only the
     * events meant for it, so it may observe holes; it never sees a number twice or out of order.
     */
    @JsonTypeName("event")
    record Event(long seq, long at, RoomEvent event) implements ServerMessage {
    }

    /** The command with this {@code id} was applied; {@code seq} is the last event it produced. */
    @JsonTypeName("ack")
    record Ack(Long id, long seq) implements ServerMessage {
    }

    /** Something was refused; nothing changed. {@code id} echoes the command's id when it had one. */
    @JsonTypeName("error")
    record Error(Long id, ErrorCode code, String message) implements ServerMessage {
    }

    @JsonTypeName("pong")
    record Pong(Long t, long serverTime) implements ServerMessage {
    }
}
