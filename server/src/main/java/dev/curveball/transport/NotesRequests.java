package dev.curveball.transport;

import dev.curveball.fanout.RoomFeeds;
import dev.curveball.protocol.Codec;
import dev.curveball.protocol.DocName;
import dev.curveball.protocol.ErrorCode;
import dev.curveball.protocol.NotesMessages;
import dev.curveball.protocol.ServerMessage;
import dev.curveball.room.Audience;
import dev.curveball.room.Redaction;
import dev.curveball.room.Viewer;
import dev.curveball.store.RoomStore;
import io.vertx.core.Future;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The notes requests that are not room commands: reading a document, and showing where one's caret is. */
final class NotesRequests {
    private static final Logger LOG = LoggerFactory.getLogger(NotesRequests.class);

    private NotesRequests() {
    }

    /** Carets are not part of the room's history: they go straight to the document's other readers. */
    static void cursor(RoomFeeds feeds, String roomId, Viewer viewer, NotesMessages.NotesCursor cursor) {
        if (cursor.doc() != DocName.SHARED) {
            return; // a private document has no other reader to show the caret to
        }
        String frame = Codec.encode(new ServerMessage.CursorMoved(viewer.participantId(), cursor.doc(), cursor.rev(),
            cursor.anchor(), cursor.head()));
        feeds.publishTransient(roomId,
            new Audience.Except(new Audience.Participant(viewer.participantId())), frame);
    }

    /** The document as this viewer may read it, or the error that explains why not. */
    static Future<ServerMessage> fetch(RoomStore store, String roomId, Viewer viewer,
                                       NotesMessages.NotesFetch fetch) {
        return store.readDocument(roomId, fetch.doc(), viewer).<ServerMessage>map(read -> {
            var doc = read.doc();
            if (doc != null) {
                return new ServerMessage.NotesDoc(fetch.id(), fetch.doc(), doc.rev(), doc.text(), doc.seen());
            }
            return !read.roomExists()
                ? new ServerMessage.Error(fetch.id(), ErrorCode.UNKNOWN_ROOM, "the room no longer exists")
                : new ServerMessage.Error(fetch.id(), ErrorCode.FORBIDDEN, "only the interviewer has private notes");
        }).recover(e -> {
            LOG.warn("could not read room {}", roomId, e);
            return Future.succeededFuture(
                new ServerMessage.Error(fetch.id(), ErrorCode.UNAVAILABLE, "the notes could not be read; try again"));
        });
    }
}
