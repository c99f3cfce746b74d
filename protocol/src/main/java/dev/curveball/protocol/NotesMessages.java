package dev.curveball.protocol;

import com.fasterxml.jackson.annotation.JsonTypeName;
import dev.curveball.protocol.ClientMessage.Command;
import dev.curveball.protocol.ClientMessage.RoomCommand;
import dev.curveball.protocol.ot.TextOperation;

/**
 * The notes documents: edits, fetching a document's text, and where a caret is. Part of the client vocabulary listed
 * in {@link ClientMessage}.
 */
public final class NotesMessages {
    private NotesMessages() {
    }

    /**
     * An edit of a notes document, based on revision {@code rev}. {@code client} (random per editor instance) and
     * {@code clientSeq} (1, 2, 3, … per client) identify the edit, so one resent after a reconnect applies once.
     */
    @JsonTypeName("notes.op")
    public record NotesOp(Long id, DocName doc, Long rev, TextOperation op, String client, Long clientSeq)
        implements RoomCommand {
        @Override
        public <R> R accept(RoomCommand.Handler<R> handler) {
            return handler.notesOp(this);
        }
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
    public record NotesFetch(Long id, DocName doc) implements Command {
        public NotesFetch {
            Require.present(doc, "notes.fetch.doc");
        }
    }

    /** Where this participant's caret or selection is, at revision {@code rev}; shown to the document's readers. */
    @JsonTypeName("notes.cursor")
    public record NotesCursor(DocName doc, Long rev, Integer anchor, Integer head) implements ClientMessage {
        public NotesCursor {
            Require.present(doc, "notes.cursor.doc");
            Require.present(rev, "notes.cursor.rev");
            Require.present(anchor, "notes.cursor.anchor");
            Require.present(head, "notes.cursor.head");
        }
    }
}
