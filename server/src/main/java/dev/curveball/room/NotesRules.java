package dev.curveball.room;

import dev.curveball.protocol.DocName;
import dev.curveball.protocol.ErrorCode;
import dev.curveball.protocol.NotesMessages;
import dev.curveball.protocol.Role;
import dev.curveball.protocol.RoomEvent;
import dev.curveball.protocol.ot.OtException;
import dev.curveball.protocol.ot.TextOperation;
import dev.curveball.protocol.view.Stage;
import java.util.List;
import java.util.Optional;

/**
 * Notes editing with the room as the OT sequencer (the ot.js server): an edit based on an older revision is
 * transformed over the operations applied since, applied, and broadcast to whoever may read the document.
 * A closed round's shared notes are frozen in its report, so they are read-only until the next round clears them;
 * the interviewer's private notes are not part of any round's report and stay writable.
 */
final class NotesRules {
    private NotesRules() {
    }

    static Outcome edit(RoomState state, String by, NotesMessages.NotesOp edit, Changes changes) {
        Optional<Participant> author = state.participant(by);
        if (author.isEmpty()) {
            return Room.reject(ErrorCode.FORBIDDEN, "only participants can edit notes");
        }
        Optional<Outcome.Rejected> refused = mayWrite(author.get(), edit.doc());
        if (refused.isPresent()) {
            return refused.get();
        }
        Document document = document(state.notes(), edit.doc(), by);
        Optional<Document.ClientMark> seen = document.seen(edit.client());
        if (seen.isPresent() && edit.clientSeq() <= seen.get().clientSeq()) {
            return changes.applied(state, by); // a resend of an edit already applied: nothing to do
        }
        if (edit.doc() == DocName.SHARED && state.round().stage() == Stage.DONE) {
            return Room.reject(ErrorCode.INVALID_STATE,
                "the round is closed: its notes are kept in its report and no longer change");
        }
        if (edit.rev() > document.rev()) {
            return Room.reject(ErrorCode.BAD_MESSAGE,
                "rev " + edit.rev() + " is ahead of the document, which is at " + document.rev());
        }
        Optional<List<TextOperation>> concurrent = document.since(edit.rev());
        if (concurrent.isEmpty()) {
            return Room.reject(ErrorCode.RESYNC_REQUIRED, "rev " + edit.rev()
                + " is older than the kept history; fetch the document and rebase your edits");
        }
        TextOperation op = edit.op();
        String text;
        try {
            for (TextOperation applied : concurrent.get()) {
                op = TextOperation.transform(op, applied).aPrime();
            }
            text = op.apply(document.text());
        } catch (OtException e) {
            return Room.reject(ErrorCode.BAD_MESSAGE, "the edit does not fit revision " + edit.rev() + ": "
                + e.getMessage());
        }
        if (text.length() > state.limits().maxNotesChars() && text.length() > document.text().length()) {
            return Room.reject(ErrorCode.TOO_LARGE,
                "notes hold at most " + state.limits().maxNotesChars() + " characters");
        }
        Document next = document.apply(op, text, edit.client(), edit.clientSeq(), state.limits().notesHistory());
        changes.emit(readers(edit.doc(), by),
            new RoomEvent.NotesEdited(edit.doc(), next.rev(), op, by, edit.client(), edit.clientSeq()));
        Notes notes = edit.doc() == DocName.SHARED
            ? state.notes().withShared(next)
            : state.notes().withPrivate(by, next);
        return changes.applied(state.withNotes(notes), by);
    }

    /** The interviewer and the candidate write the shared notes; only the interviewer keeps private ones. */
    static Optional<Outcome.Rejected> mayWrite(Participant author, DocName doc) {
        if (doc == DocName.SHARED && author.role() == Role.OBSERVER) {
            return Optional.of(Room.reject(ErrorCode.FORBIDDEN,
                "observers read the shared notes but cannot edit them"));
        }
        if (doc == DocName.PRIVATE && author.role() != Role.INTERVIEWER) {
            return Optional.of(Room.reject(ErrorCode.FORBIDDEN, "only the interviewer keeps private notes"));
        }
        return Optional.empty();
    }

    static Document document(Notes notes, DocName doc, String participantId) {
        return doc == DocName.SHARED ? notes.shared() : notes.privateOf(participantId);
    }

    /** Everyone reads the shared notes; a private document is read by its writer alone. */
    static Audience readers(DocName doc, String writer) {
        return doc == DocName.SHARED ? Audience.EVERYONE : new Audience.Participant(writer);
    }
}
