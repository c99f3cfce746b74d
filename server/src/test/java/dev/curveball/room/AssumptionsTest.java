package dev.curveball.room;

import static dev.curveball.room.AssumptionFixture.by;
import static dev.curveball.room.AssumptionFixture.heldA1;
import static dev.curveball.room.AssumptionFixture.played;
import static dev.curveball.room.AssumptionFixture.stated;
import static dev.curveball.room.InterviewFixture.MIN;
import static dev.curveball.room.InterviewFixture.running;
import static dev.curveball.room.RoomFixture.T0;
import static dev.curveball.room.RoomFixture.applied;
import static dev.curveball.room.RoomFixture.rejected;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.curveball.protocol.AssumptionMessages.AssumptionAdd;
import dev.curveball.protocol.AssumptionMessages.AssumptionEdit;
import dev.curveball.protocol.AssumptionMessages.AssumptionHold;
import dev.curveball.protocol.AssumptionMessages.AssumptionNotice;
import dev.curveball.protocol.AssumptionMessages.AssumptionOverturn;
import dev.curveball.protocol.AssumptionMessages.AssumptionWithdraw;
import dev.curveball.protocol.ErrorCode;
import dev.curveball.protocol.RoomEvent.AssumptionChange;
import dev.curveball.protocol.RoomEvent;
import dev.curveball.protocol.RoundMessages.RoundEnd;
import dev.curveball.protocol.TimerMessages.TimerNext;
import dev.curveball.protocol.TwistMessages.FactReveal;
import dev.curveball.protocol.view.AssumptionView;
import dev.curveball.protocol.view.AssumptionView.Status;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The round's assumption log as a state machine: who may state, reword, withdraw, notice, overturn and hold an
 * assumption, when, and every refusal. In the fixture A interviews, B is the candidate, C and D observe (group).
 */
class AssumptionsTest {

    // --- stating ---

    @Test
    void theCandidateAndTheInterviewerStateAssumptionsThatEveryoneSeesInOrder() {
        RoomState room = running(InterviewFixture.group());

        Outcome.Applied first = applied(room, by("B", new AssumptionAdd(null, "  About 50k requests/s at peak ")),
            T0 + 3 * MIN);
        Outcome.Applied second = applied(first.state(), by("A", new AssumptionAdd(null, "Labels arrive within a day")),
            T0 + 4 * MIN);

        AssumptionView a1 = new AssumptionView("a1", "About 50k requests/s at peak", "B", T0 + 3 * MIN, 3 * MIN,
            "Clarify", Status.OPEN, null, null, null, null);
        assertEquals(List.of(new LoggedEvent(first.state().seq(), T0 + 3 * MIN, Audience.EVERYONE,
            new RoomEvent.AssumptionAdded(a1))), first.events(), "one event, for everyone, with the whole entry");
        for (String viewer : List.of("A", "B", "C")) {
            assertEquals(List.of("a1", "a2"), Redaction.round(second.state(), viewer).assumptions().stream()
                .map(AssumptionView::id).toList(), "everyone reads the whole log, " + viewer + " too");
        }
        assertEquals(a1, Redaction.round(second.state(), "C").assumptions().get(0));
    }

    @Test
    void anAssumptionRecordsThePhaseItWasStatedIn() {
        RoomState room = applied(running(InterviewFixture.pair()), by("A", new TimerNext(null)), T0 + 5 * MIN).state();

        Assumption stated = applied(room, by("B", new AssumptionAdd(null, "Fraud rate is 0.1%")), T0 + 7 * MIN)
            .state().round().assumptions().get(0);

        assertEquals(new Moment(T0 + 7 * MIN, 7 * MIN, "High-level design"), stated.stated());
    }

    @Test
    void observersCannotStateAssumptions() {
        Outcome.Rejected refused = rejected(running(InterviewFixture.group()), by("C", new AssumptionAdd(null, "x")),
            T0);

        assertEquals(ErrorCode.FORBIDDEN, refused.code());
    }

    @Test
    void theLogChangesOnlyWhileTheRoundRuns() {
        RoomState lobby = InterviewFixture.pair();
        assertEquals(ErrorCode.INVALID_STATE, rejected(lobby, by("B", new AssumptionAdd(null, "x")), T0).code());

        RoomState ended = applied(played(stated(running(lobby), "B", "Labels arrive within a day")),
            by("A", new RoundEnd(null)), T0 + 30 * MIN).state();
        for (Command command : List.of(by("B", new AssumptionAdd(null, "x")),
            by("B", new AssumptionEdit(null, "a1", "y")), by("B", new AssumptionWithdraw(null, "a1")),
            by("B", new AssumptionNotice(null, "a1", "t1")), by("A", new AssumptionOverturn(null, "a1", "t1")))) {
            assertEquals(ErrorCode.INVALID_STATE, rejected(ended, command, T0 + 31 * MIN).code(), command.toString());
        }
    }

    @Test
    void holdingAfterTheRoundEndedIsTheWrongState() {
        RoomState room = applied(stated(running(InterviewFixture.pair()), "B", "x"),
            by("A", new FactReveal(null, "q1")), T0 + 2 * MIN).state();
        RoomState ended = applied(room, by("A", new RoundEnd(null)), T0 + 3 * MIN).state();

        assertEquals(ErrorCode.INVALID_STATE,
            rejected(ended, by("A", new AssumptionHold(null, "a1", "q1")), T0 + 4 * MIN).code());
    }

    @Test
    void blankTextIsABadMessageAndTextOverTheCardLimitIsTooLarge() {
        RoomState room = running(InterviewFixture.pair());
        int max = room.limits().maxCardChars();

        assertEquals(ErrorCode.BAD_MESSAGE, rejected(room, by("B", new AssumptionAdd(null, " \n ")), T0).code());
        assertEquals(ErrorCode.TOO_LARGE, rejected(room, by("B", new AssumptionAdd(null, "x".repeat(max + 1))),
            T0).code());
        assertEquals("x".repeat(max), applied(room, by("B", new AssumptionAdd(null, "x".repeat(max))), T0).state()
            .round().assumptions().get(0).text(), "exactly the limit is fine");

        RoomState stated = stated(room, "B", "p99 under 100 ms");
        assertEquals(ErrorCode.BAD_MESSAGE, rejected(stated, by("B", new AssumptionEdit(null, "a1", "")), T0).code());
        assertEquals(ErrorCode.TOO_LARGE,
            rejected(stated, by("B", new AssumptionEdit(null, "a1", "y".repeat(max + 1))), T0).code());
    }

    @Test
    void aRoundHoldsAtMostMaxAssumptionsCountingWithdrawnOnes() {
        RoomState room = running(InterviewFixture.pair());
        int limit = room.limits().maxAssumptions();
        for (int i = 1; i <= limit; i++) {
            room = stated(room, i % 2 == 0 ? "A" : "B", "premise " + i);
        }
        room = applied(room, by("B", new AssumptionWithdraw(null, "a1")), T0 + MIN).state();

        Outcome.Rejected full = rejected(room, by("B", new AssumptionAdd(null, "one more")), T0 + 2 * MIN);

        assertEquals(ErrorCode.TOO_LARGE, full.code());
        assertTrue(full.message().contains(String.valueOf(limit)), full.message());
    }

    @Test
    void idsAreNeverReusedEvenAfterAWithdrawal() {
        RoomState room = stated(stated(running(InterviewFixture.pair()), "B", "one"), "B", "two");
        room = applied(room, by("B", new AssumptionWithdraw(null, "a2")), T0 + MIN).state();

        room = stated(room, "B", "three");

        assertEquals(List.of("a1", "a2", "a3"), room.round().assumptions().stream().map(Assumption::id).toList());
        assertEquals(Status.WITHDRAWN, room.round().assumption("a2").orElseThrow().status(),
            "a withdrawn assumption stays in the log");
    }

    // --- the author's own changes ---

    @Test
    void onlyItsAuthorRewordsAnAssumptionAndItKeepsItsStatus() {
        RoomState room = heldA1(); // a1 by B, held by q1

        assertEquals(ErrorCode.FORBIDDEN,
            rejected(room, by("A", new AssumptionEdit(null, "a1", "mine now")), T0 + 10 * MIN).code());
        Outcome.Applied edit = applied(room, by("B", new AssumptionEdit(null, "a1", "Labels within 2 days")),
            T0 + 10 * MIN);

        Assumption after = edit.state().round().assumption("a1").orElseThrow();
        assertEquals("Labels within 2 days", after.text());
        assertEquals(T0 + 10 * MIN, after.revisedAt());
        assertEquals(Status.HELD, after.status());
        assertEquals(new RoomEvent.AssumptionChanged(AssumptionChange.EDITED, "B", after.view()),
            edit.events().get(0).event());
        assertEquals(Audience.EVERYONE, edit.events().get(0).audience());
    }

    @Test
    void onlyItsAuthorWithdrawsAnAssumptionOnce() {
        RoomState room = stated(running(InterviewFixture.pair()), "B", "Labels arrive within a day");

        assertEquals(ErrorCode.FORBIDDEN,
            rejected(room, by("A", new AssumptionWithdraw(null, "a1")), T0 + MIN).code());
        Outcome.Applied withdraw = applied(room, by("B", new AssumptionWithdraw(null, "a1")), T0 + MIN);
        assertEquals(AssumptionChange.WITHDRAWN,
            ((RoomEvent.AssumptionChanged) withdraw.events().get(0).event()).change());

        RoomState gone = withdraw.state();
        assertEquals(ErrorCode.INVALID_STATE,
            rejected(gone, by("B", new AssumptionWithdraw(null, "a1")), T0 + 2 * MIN).code());
        assertEquals(ErrorCode.INVALID_STATE,
            rejected(gone, by("B", new AssumptionEdit(null, "a1", "again")), T0 + 2 * MIN).code(),
            "a withdrawn assumption is not reworded");
    }

    @Test
    void theInterviewerMayStateRewordAndWithdrawTheirOwnAssumptions() {
        RoomState room = stated(running(InterviewFixture.pair()), "A", "The team has one GPU");
        room = applied(room, by("A", new AssumptionEdit(null, "a1", "The team has two GPUs")), T0 + MIN).state();
        room = applied(room, by("A", new AssumptionWithdraw(null, "a1")), T0 + 2 * MIN).state();

        assertEquals(Status.WITHDRAWN, room.round().assumption("a1").orElseThrow().status());
        assertEquals(ErrorCode.FORBIDDEN, rejected(room, by("B", new AssumptionEdit(null, "a1", "x")), T0).code());
    }

    // --- twists and facts ---

    @Test
    void theCandidateNoticesThatAPlayedTwistBrokeTheirAssumption() {
        RoomState room = played(stated(running(InterviewFixture.pair()), "B", "Labels arrive within a day"));

        Outcome.Applied notice = applied(room, by("B", new AssumptionNotice(null, "a1", "t1")), T0 + 12 * MIN);

        Assumption after = notice.state().round().assumption("a1").orElseThrow();
        assertEquals(Status.OVERTURNED, after.status());
        assertEquals("t1", after.twist());
        assertEquals(T0 + 12 * MIN, after.noticedAt());
        assertEquals(new RoomEvent.AssumptionChanged(AssumptionChange.NOTICED, "B", after.view()),
            notice.events().get(0).event());
        assertEquals(ErrorCode.INVALID_STATE,
            rejected(notice.state(), by("B", new AssumptionNotice(null, "a1", "t1")), T0 + 13 * MIN).code(),
            "noticed once");
    }

    @Test
    void onlyTheCandidateNoticesAndOnlyAPlayedCard() {
        RoomState room = played(stated(running(InterviewFixture.pair()), "A", "Labels arrive within a day"));

        assertEquals(ErrorCode.FORBIDDEN,
            rejected(room, by("A", new AssumptionNotice(null, "a1", "t1")), T0 + 12 * MIN).code());
        assertEquals(ErrorCode.BAD_MESSAGE,
            rejected(room, by("B", new AssumptionNotice(null, "a1", "t2")), T0 + 12 * MIN).code(), "t2 not played");
        assertEquals(ErrorCode.BAD_MESSAGE,
            rejected(room, by("B", new AssumptionNotice(null, "a1", "t9")), T0 + 12 * MIN).code(), "no card t9");
        assertEquals(ErrorCode.BAD_MESSAGE,
            rejected(room, by("B", new AssumptionNotice(null, "a7", "t1")), T0 + 12 * MIN).code(), "no a7");
        assertEquals(Status.OVERTURNED, applied(room, by("B", new AssumptionNotice(null, "a1", "t1")), T0 + 12 * MIN)
            .state().round().assumption("a1").orElseThrow().status(), "the interviewer's assumption too");
    }

    @Test
    void aRefusedNoticeDoesNotTellTheCandidateWhichCardsTheDeckStillHolds() {
        RoomState room = played(stated(running(InterviewFixture.pair()), "B", "Labels arrive within a day"));

        String unplayed = rejected(room, by("B", new AssumptionNotice(null, "a1", "t2")), T0 + 12 * MIN).message();
        String missing = rejected(room, by("B", new AssumptionNotice(null, "a1", "t9")), T0 + 12 * MIN).message();

        assertEquals(missing.replace("t9", "t2"), unplayed, "a card in the deck is refused like one that is not");
    }

    @Test
    void aWithdrawnAssumptionIsNeitherNoticedNorOverturned() {
        RoomState room = played(stated(running(InterviewFixture.pair()), "B", "Labels arrive within a day"));
        room = applied(room, by("B", new AssumptionWithdraw(null, "a1")), T0 + 11 * MIN).state();

        assertEquals(ErrorCode.INVALID_STATE,
            rejected(room, by("B", new AssumptionNotice(null, "a1", "t1")), T0 + 12 * MIN).code());
        assertEquals(ErrorCode.INVALID_STATE,
            rejected(room, by("A", new AssumptionOverturn(null, "a1", "t1")), T0 + 12 * MIN).code());
    }

    @Test
    void theInterviewerOverturnsAnAssumptionWithAPlayedCardOnce() {
        RoomState room = played(stated(running(InterviewFixture.pair()), "B", "Labels arrive within a day"));

        assertEquals(ErrorCode.FORBIDDEN,
            rejected(room, by("B", new AssumptionOverturn(null, "a1", "t1")), T0 + 11 * MIN).code());
        assertEquals(ErrorCode.BAD_MESSAGE,
            rejected(room, by("A", new AssumptionOverturn(null, "a1", "t3")), T0 + 11 * MIN).code(), "not played");
        assertEquals(ErrorCode.BAD_MESSAGE,
            rejected(room, by("A", new AssumptionOverturn(null, "a9", "t1")), T0 + 11 * MIN).code(), "no a9");
        Outcome.Applied overturn = applied(room, by("A", new AssumptionOverturn(null, "a1", "t1")), T0 + 11 * MIN);

        Assumption after = overturn.state().round().assumption("a1").orElseThrow();
        assertEquals(Status.OVERTURNED, after.status());
        assertEquals("t1", after.twist());
        assertNull(after.noticedAt(), "the interviewer's word is not the candidate noticing");
        assertEquals(new RoomEvent.AssumptionChanged(AssumptionChange.OVERTURNED, "A", after.view()),
            overturn.events().get(0).event());
        assertEquals(ErrorCode.INVALID_STATE,
            rejected(overturn.state(), by("A", new AssumptionOverturn(null, "a1", "t1")), T0 + 12 * MIN).code());

        Assumption noticed = applied(overturn.state(), by("B", new AssumptionNotice(null, "a1", "t1")),
            T0 + 13 * MIN).state().round().assumption("a1").orElseThrow();
        assertEquals(T0 + 13 * MIN, noticed.noticedAt(), "the candidate may still say so, later");
    }

    @Test
    void anAssumptionTheCandidateNoticedIsAlreadyOverturned() {
        RoomState room = played(stated(running(InterviewFixture.pair()), "B", "Labels arrive within a day"));
        room = applied(room, by("B", new AssumptionNotice(null, "a1", "t1")), T0 + 11 * MIN).state();

        assertEquals(ErrorCode.INVALID_STATE,
            rejected(room, by("A", new AssumptionOverturn(null, "a1", "t1")), T0 + 12 * MIN).code());
    }

    @Test
    void theInterviewerHoldsAnOpenAssumptionWithARevealedFact() {
        RoomState room = stated(running(InterviewFixture.pair()), "B", "Labels arrive within a day");
        assertEquals(ErrorCode.BAD_MESSAGE,
            rejected(room, by("A", new AssumptionHold(null, "a1", "q1")), T0 + MIN).code(), "q1 not revealed yet");
        room = applied(room, by("A", new FactReveal(null, "q1")), T0 + 2 * MIN).state();

        assertEquals(ErrorCode.FORBIDDEN,
            rejected(room, by("B", new AssumptionHold(null, "a1", "q1")), T0 + 3 * MIN).code());
        assertEquals(ErrorCode.BAD_MESSAGE,
            rejected(room, by("A", new AssumptionHold(null, "a1", "q9")), T0 + 3 * MIN).code(), "no q9");
        assertEquals(ErrorCode.BAD_MESSAGE,
            rejected(room, by("A", new AssumptionHold(null, "a5", "q1")), T0 + 3 * MIN).code(), "no a5");
        Outcome.Applied hold = applied(room, by("A", new AssumptionHold(null, "a1", "q1")), T0 + 3 * MIN);

        Assumption after = hold.state().round().assumption("a1").orElseThrow();
        assertEquals(Status.HELD, after.status());
        assertEquals("q1", after.fact());
        assertEquals(new RoomEvent.AssumptionChanged(AssumptionChange.HELD, "A", after.view()),
            hold.events().get(0).event());
        assertEquals(ErrorCode.INVALID_STATE,
            rejected(hold.state(), by("A", new AssumptionHold(null, "a1", "q1")), T0 + 4 * MIN).code(),
            "only an open assumption is held");
    }

    @Test
    void aHeldAssumptionCanStillBeOverturnedButAnOverturnedOneIsNotHeld() {
        RoomState room = played(heldA1());
        Outcome.Applied overturn = applied(room, by("A", new AssumptionOverturn(null, "a1", "t1")), T0 + 11 * MIN);
        assertEquals(Status.OVERTURNED, overturn.state().round().assumption("a1").orElseThrow().status());

        RoomState broken = played(stated(running(InterviewFixture.pair()), "B", "x"));
        broken = applied(broken, by("A", new FactReveal(null, "q1")), T0 + 11 * MIN).state();
        broken = applied(broken, by("A", new AssumptionOverturn(null, "a1", "t1")), T0 + 12 * MIN).state();
        assertEquals(ErrorCode.INVALID_STATE,
            rejected(broken, by("A", new AssumptionHold(null, "a1", "q1")), T0 + 13 * MIN).code());
    }

    @Test
    void aRefusalLeavesNoTraceTheNextCommandCouldSee() {
        RoomState room = played(stated(running(InterviewFixture.group()), "B", "Labels arrive within a day"));
        List<Command> refusals = List.of(
            by("C", new AssumptionAdd(null, "observer")),
            by("B", new AssumptionAdd(null, "   ")),
            by("B", new AssumptionAdd(null, "x".repeat(room.limits().maxCardChars() + 1))),
            by("A", new AssumptionEdit(null, "a1", "not mine")),
            by("B", new AssumptionEdit(null, "a9", "no such")),
            by("A", new AssumptionWithdraw(null, "a1")),
            by("A", new AssumptionNotice(null, "a1", "t1")),
            by("B", new AssumptionNotice(null, "a1", "t2")),
            by("B", new AssumptionOverturn(null, "a1", "t1")),
            by("A", new AssumptionOverturn(null, "a1", "t4")),
            by("A", new AssumptionHold(null, "a1", "q2")),
            by("B", new AssumptionHold(null, "a1", "q1")));
        Command next = by("B", new AssumptionAdd(null, "Peak is 50k requests/s"));
        Outcome.Applied alone = applied(room, next, T0 + 20 * MIN);

        for (Command refused : refusals) {
            assertTrue(Room.apply(room, refused, T0 + 19 * MIN) instanceof Outcome.Rejected, refused.toString());
            assertEquals(alone, applied(room, next, T0 + 20 * MIN), "after " + refused);
        }
        assertEquals("a2", alone.state().round().assumptions().get(1).id(), "no refusal used up an id");
    }
}
