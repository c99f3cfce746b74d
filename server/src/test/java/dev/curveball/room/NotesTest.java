package dev.curveball.room;

import static dev.curveball.room.RoomFixture.INVITE_TOKEN;
import static dev.curveball.room.RoomFixture.T0;
import static dev.curveball.room.RoomFixture.applied;
import static dev.curveball.room.RoomFixture.join;
import static dev.curveball.room.RoomFixture.pair;
import static dev.curveball.room.RoomFixture.rejected;
import static dev.curveball.room.RoomFixture.viewer;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.curveball.protocol.DocName;
import dev.curveball.protocol.ErrorCode;
import dev.curveball.protocol.NotesMessages.NotesOp;
import dev.curveball.protocol.RoomEvent;
import dev.curveball.protocol.RoundMessages.RoundClose;
import dev.curveball.protocol.RoundMessages.RoundEnd;
import dev.curveball.protocol.TimerMessages.TimerStart;
import dev.curveball.protocol.ot.TextOperation;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class NotesTest {

    private static TextOperation op(Object... components) {
        return TextOperation.fromJson(Arrays.asList(components));
    }

    private static Command.Act edit(String by, DocName doc, long rev, TextOperation op, String client,
                                          long clientSeq) {
        return Command.by(by, new NotesOp(null, doc, rev, op, client, clientSeq));
    }

    private static RoomState withShared(String text) {
        return applied(pair(), edit("A", DocName.SHARED, 0, op(text), "ca", 1), T0).state();
    }

    @Test
    void anEditIsAppliedAndBroadcastWithTheNewRevision() {
        Outcome.Applied done = applied(pair(), edit("B", DocName.SHARED, 0, op("hello"), "cb", 1), T0);

        assertEquals("hello", done.state().notes().shared().text());
        assertEquals(1, done.state().notes().shared().rev());
        LoggedEvent event = done.events().get(0);
        assertEquals(Audience.EVERYONE, event.audience());
        assertEquals(new RoomEvent.NotesEdited(DocName.SHARED, 1, op("hello"), "B", "cb", 1), event.event());
    }

    @Test
    void twoEditsBasedOnTheSameRevisionAreBothKeptTheLaterOneTransformed() {
        RoomState room = withShared("abc");
        room = applied(room, edit("A", DocName.SHARED, 1, op(1, "X", 2), "ca", 2), T0).state();

        Outcome.Applied second = applied(room, edit("B", DocName.SHARED, 1, op(3, "Y"), "cb", 1), T0);

        assertEquals("aXbcY", second.state().notes().shared().text());
        assertEquals(op(4, "Y"), ((RoomEvent.NotesEdited) second.events().get(0).event()).op(),
            "the broadcast edit is the transformed one");
    }

    @Test
    void aResentEditIsAppliedOnlyOnce() {
        RoomState room = withShared("abc");
        Command.Act edit = edit("B", DocName.SHARED, 1, op(3, "!"), "cb", 1);
        RoomState once = applied(room, edit, T0).state();

        Outcome.Applied again = applied(once, edit, T0);

        assertEquals("abc!", again.state().notes().shared().text());
        assertTrue(again.events().isEmpty());
        assertSame(once, again.state());
    }

    @Test
    void observersReadTheSharedNotesButCannotEditThem() {
        RoomState room = applied(pair(), join("C", INVITE_TOKEN), T0).state();

        assertEquals(ErrorCode.FORBIDDEN, rejected(room, edit("C", DocName.SHARED, 0, op("x"), "cc", 1), T0).code());
    }

    @Test
    void onlyTheInterviewerKeepsPrivateNotesAndOnlyTheyReceiveThem() {
        RoomState room = pair();
        assertEquals(ErrorCode.FORBIDDEN, rejected(room, edit("B", DocName.PRIVATE, 0, op("x"), "cb", 1), T0).code());

        Outcome.Applied written = applied(room, edit("A", DocName.PRIVATE, 0, op("weak on labels"), "ca", 1), T0);

        assertEquals(new Audience.Participant("A"), written.events().get(0).audience());
        RoomState after = written.state();
        assertEquals("weak on labels", Redaction.snapshot(after, viewer(after, "A")).notes().privateDoc().text());
        assertNull(Redaction.snapshot(after, viewer(after, "B")).notes().privateDoc());
        assertTrue(Redaction.document(after, DocName.PRIVATE, viewer(after, "B")).isEmpty());
    }

    @Test
    void aClosedRoundsSharedNotesAreReadOnlyWithInvalidState() {
        RoomState room = applied(withShared("kept"), Command.by("A", new TimerStart(null)), T0).state();
        room = applied(room, Command.by("A", new RoundEnd(null)), T0 + 1).state();
        Command.Act duringFeedback = edit("B", DocName.SHARED, 1, op(4, "!"), "cb", 1);
        room = applied(room, duringFeedback, T0 + 2).state();
        RoomState closed = applied(room, Command.by("A", new RoundClose(null)), T0 + 3).state();

        Outcome.Rejected refused = rejected(closed, edit("B", DocName.SHARED, 2, op(5, " late"), "cb", 2), T0 + 4);

        assertEquals(ErrorCode.INVALID_STATE, refused.code());
        assertTrue(refused.message().contains("closed"), refused.message());
        assertEquals(ErrorCode.INVALID_STATE,
            rejected(closed, edit("A", DocName.SHARED, 2, op(-5), "ca", 9), T0 + 4).code(), "deleting too");
        Outcome.Applied resent = applied(closed, duringFeedback, T0 + 4);
        assertTrue(resent.events().isEmpty(), "a resend of an edit made before the close is still acknowledged");
        assertEquals("kept!", resent.state().notes().shared().text());
    }

    @Test
    void theInterviewersPrivateNotesStayWritableAfterTheRoundCloses() {
        RoomState room = applied(pair(), Command.by("A", new TimerStart(null)), T0).state();
        room = applied(room, Command.by("A", new RoundEnd(null)), T0 + 1).state();
        RoomState closed = applied(room, Command.by("A", new RoundClose(null)), T0 + 2).state();

        Outcome.Applied written = applied(closed, edit("A", DocName.PRIVATE, 0, op("ask about drift next time"), "ca",
            1),
            T0 + 3);

        assertEquals("ask about drift next time", written.state().notes().privateOf("A").text());
    }

    @Test
    void anEditBasedOnARevisionOlderThanTheHistoryMustResync() {
        RoomState room = withShared("a");
        for (int i = 0; i < RoomFixture.LIMITS.notesHistory() + 1; i++) {
            long rev = room.notes().shared().rev();
            room = applied(room, edit("A", DocName.SHARED, rev, op((int) rev, "x"), "ca", rev + 1), T0).state();
        }

        Outcome.Rejected stale = rejected(room, edit("B", DocName.SHARED, 1, op(1, "y"), "cb", 1), T0);

        assertEquals(ErrorCode.RESYNC_REQUIRED, stale.code());
    }

    @Test
    void anEditThatDoesNotFitItsRevisionIsRefusedNamingTheInvariant() {
        RoomState room = withShared("abc");

        Outcome.Rejected refused = rejected(room, edit("B", DocName.SHARED, 1, op(5, "x"), "cb", 1), T0);

        assertEquals(ErrorCode.BAD_MESSAGE, refused.code());
        assertTrue(refused.message().contains("base-length-mismatch"), refused.message());
        assertEquals(ErrorCode.BAD_MESSAGE,
            rejected(room, edit("B", DocName.SHARED, 7, op(3, "x"), "cb", 1), T0).code(), "a rev from the future");
    }

    @Test
    void notesCannotGrowPastTheirLimitButCanAlwaysShrink() {
        RoomState full = withShared("x".repeat(RoomFixture.LIMITS.maxNotesChars()));

        assertEquals(ErrorCode.TOO_LARGE, rejected(full, edit("B", DocName.SHARED, 1,
            op(RoomFixture.LIMITS.maxNotesChars(), "y"), "cb", 1), T0).code());
        applied(full, edit("B", DocName.SHARED, 1, op(-1, RoomFixture.LIMITS.maxNotesChars() - 1), "cb", 1), T0);
    }
}
