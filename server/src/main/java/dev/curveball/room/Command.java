package dev.curveball.room;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.annotation.JsonTypeName;
import dev.curveball.protocol.DocName;
import dev.curveball.protocol.ot.TextOperation;

/**
 * A request to change a room, already authenticated at the edge as far as the transport can: the room itself checks
 * tokens, seats and capabilities. Anything random (ids, secrets) is chosen by the caller and passed in, so that
 * applying a command is deterministic.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "command")
@JsonSubTypes({
    @JsonSubTypes.Type(Command.Join.class),
    @JsonSubTypes.Type(Command.Disconnect.class),
    @JsonSubTypes.Type(Command.DropConnections.class),
    @JsonSubTypes.Type(Command.SetPrompt.class),
    @JsonSubTypes.Type(Command.StartTimer.class),
    @JsonSubTypes.Type(Command.PauseTimer.class),
    @JsonSubTypes.Type(Command.ResumeTimer.class),
    @JsonSubTypes.Type(Command.ResetTimer.class),
    @JsonSubTypes.Type(Command.EditNotes.class),
})
public sealed interface Command {

    /**
     * A socket enters the room. With a {@code resumeSecretHash} that matches a participant, it returns as that
     * participant; otherwise it becomes {@code newParticipantId} whose resume secret hashes to {@code newSecretHash}.
     */
    @JsonTypeName("join")
    record Join(String connection, String tokenHash, String name, String newParticipantId, String newSecretHash,
                String resumeSecretHash) implements Command {
    }

    /** A socket closed. */
    @JsonTypeName("disconnect")
    record Disconnect(String participant, String connection) implements Command {
    }

    /** Every socket whose connection id starts with {@code prefix} is gone: its node left the cluster. */
    @JsonTypeName("drop-connections")
    record DropConnections(String prefix) implements Command {
    }

    @JsonTypeName("set-prompt")
    record SetPrompt(String by, String title, String text) implements Command {
    }

    @JsonTypeName("start-timer")
    record StartTimer(String by) implements Command {
    }

    @JsonTypeName("pause-timer")
    record PauseTimer(String by) implements Command {
    }

    @JsonTypeName("resume-timer")
    record ResumeTimer(String by) implements Command {
    }

    /** An edit of a notes document, based on revision {@code rev}; {@code client}/{@code clientSeq} identify it. */
    @JsonTypeName("edit-notes")
    record EditNotes(String by, DocName doc, long rev, TextOperation op, String client, long clientSeq)
        implements Command {
    }

    /** @param durationMs the new duration, or null to keep the current one */
    @JsonTypeName("reset-timer")
    record ResetTimer(String by, Long durationMs) implements Command {
    }
}
