package dev.curveball.protocol;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeName;
import dev.curveball.protocol.ot.TextOperation;

/** The messages a client may send: the whole client vocabulary in one place. */
@JsonSubTypes({
    @JsonSubTypes.Type(ClientMessage.Hello.class),
    @JsonSubTypes.Type(ClientMessage.Ping.class),
    @JsonSubTypes.Type(ClientMessage.PromptSet.class),
    @JsonSubTypes.Type(ClientMessage.TimerStart.class),
    @JsonSubTypes.Type(ClientMessage.TimerPause.class),
    @JsonSubTypes.Type(ClientMessage.TimerResume.class),
    @JsonSubTypes.Type(ClientMessage.TimerReset.class),
    @JsonSubTypes.Type(ClientMessage.NotesOp.class),
    @JsonSubTypes.Type(ClientMessage.NotesFetch.class),
    @JsonSubTypes.Type(ClientMessage.NotesCursor.class),
})
public sealed interface ClientMessage extends Message {

    /** A message that asks the room to change; its optional {@code id} is echoed in the {@code ack} or {@code error}. */
    sealed interface Command extends ClientMessage {
        Long id();
    }

    /** First message on a socket: which room, which capability token, and who I am. */
    @JsonTypeName("hello")
    record Hello(Integer protocol, String room, String token, String name, Resume resume) implements ClientMessage {
        public Hello {
            Require.present(protocol, "hello.protocol");
            Require.present(room, "hello.room");
            Require.present(token, "hello.token");
            Require.present(name, "hello.name");
        }
    }

    /**
     * Returning to a participant after a reload or reconnect.
     *
     * @param secret  the resume secret from an earlier {@code welcome}
     * @param lastSeq the last event {@code seq} this client saw, or null to receive a fresh snapshot only
     */
    record Resume(String secret, Long lastSeq) {
        public Resume {
            Require.present(secret, "resume.secret");
        }
    }

    /** Clock probe; {@code t} is the client's clock and comes back untouched in {@code pong}. */
    @JsonTypeName("ping")
    record Ping(Long t) implements ClientMessage {
    }

    /** The host writes the round's prompt. */
    @JsonTypeName("prompt.set")
    record PromptSet(Long id, String title, String text) implements Command {
        public PromptSet {
            Require.present(title, "prompt.set.title");
            Require.present(text, "prompt.set.text");
        }
    }

    @JsonTypeName("timer.start")
    record TimerStart(Long id) implements Command {
    }

    @JsonTypeName("timer.pause")
    record TimerPause(Long id) implements Command {
    }

    @JsonTypeName("timer.resume")
    record TimerResume(Long id) implements Command {
    }

    /**
     * An edit of a notes document, based on revision {@code rev}. {@code client} (random per editor instance) and
     * {@code clientSeq} (1, 2, 3, … per client) identify the edit, so one resent after a reconnect applies once.
     */
    @JsonTypeName("notes.op")
    record NotesOp(Long id, DocName doc, Long rev, TextOperation op, String client, Long clientSeq)
        implements Command {
        public NotesOp {
            Require.present(doc, "notes.op.doc");
            Require.present(rev, "notes.op.rev");
            Require.present(op, "notes.op.op");
            Require.present(client, "notes.op.client");
            Require.present(clientSeq, "notes.op.clientSeq");
        }
    }

    /** Asks for a document's current text, after {@code resync-required}; answered with {@code notes.doc}. */
    @JsonTypeName("notes.fetch")
    record NotesFetch(Long id, DocName doc) implements Command {
        public NotesFetch {
            Require.present(doc, "notes.fetch.doc");
        }
    }

    /** Where this participant's caret or selection is, at revision {@code rev}; shown to the document's readers. */
    @JsonTypeName("notes.cursor")
    record NotesCursor(DocName doc, Long rev, Integer anchor, Integer head) implements ClientMessage {
        public NotesCursor {
            Require.present(doc, "notes.cursor.doc");
            Require.present(rev, "notes.cursor.rev");
            Require.present(anchor, "notes.cursor.anchor");
            Require.present(head, "notes.cursor.head");
        }
    }

    /** Stops the timer and sets it back to its full duration, or to {@code durationMs} when given. */
    @JsonTypeName("timer.reset")
    record TimerReset(Long id, Long durationMs) implements Command {
    }
}
