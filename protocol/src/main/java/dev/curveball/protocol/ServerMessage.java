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
    @JsonSubTypes.Type(ServerMessage.NotesDoc.class),
    @JsonSubTypes.Type(ServerMessage.CursorMoved.class),
    @JsonSubTypes.Type(ServerMessage.Invite.class),
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
    record Welcome(int protocol, You you, String resume, long seq, long serverTime, RoomSnapshot room, Limits limits)
        implements ServerMessage {
    }

    /**
     * What the server accepts, so that the client's forms and editors stop where the server would refuse: the first
     * three per socket, the others per room (fixed when the room was made).
     */
    record Limits(int maxFrameBytes, int maxMessagesPerSecond, int messageBurst, int maxNameLength,
                  int maxTitleLength, int maxPromptChars, int maxOpChars, int maxNotesChars, int maxDeckCards,
                  int maxCardChars, int maxParticipants, int maxRounds, int maxAssumptions) {
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

    /**
     * The command with this {@code id} was applied; {@code seq} is the last event it produced. For {@code notes.op},
     * {@code rev} is the revision the edit made; absent for a resend of an edit already applied.
     */
    @JsonTypeName("ack")
    record Ack(Long id, long seq, Long rev) implements ServerMessage {
        public Ack(Long id, long seq) {
            this(id, seq, null);
        }
    }

    /**
     * The answer to {@code invite.reset} and {@code participant.remove}, in place of an {@code ack}, to the asking
     * socket only: the new invite link's token (the room keeps only its hash). {@code seq} is as in an {@code ack}.
     */
    @JsonTypeName("invite")
    record Invite(Long id, long seq, String token) implements ServerMessage {
    }

    /** Something was refused; nothing changed. {@code id} echoes the command's id when it had one. */
    @JsonTypeName("error")
    record Error(Long id, ErrorCode code, String message) implements ServerMessage {
    }

    /**
     * A document's text at a revision, answering {@code notes.fetch}; live edits after {@code rev} follow as events.
     * {@code seen} is as in a snapshot: the last {@code clientSeq} applied per editor.
     */
    @JsonTypeName("notes.doc")
    record NotesDoc(Long id, DocName doc, long rev, String text, java.util.Map<String, Long> seen)
        implements ServerMessage {
    }

    /** Another participant's caret or selection in a document, at revision {@code rev}. Not numbered, not kept. */
    @JsonTypeName("notes.cursor")
    record CursorMoved(String participant, DocName doc, long rev, int anchor, int head) implements ServerMessage {
    }

    @JsonTypeName("pong")
    record Pong(Long t, long serverTime) implements ServerMessage {
    }
}
