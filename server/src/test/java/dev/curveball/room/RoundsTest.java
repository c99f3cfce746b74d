package dev.curveball.room;

import static dev.curveball.room.InterviewFixture.MIN;
import static dev.curveball.room.InterviewFixture.material;
import static dev.curveball.room.InterviewFixture.nextRound;
import static dev.curveball.room.InterviewFixture.running;
import static dev.curveball.room.InterviewFixture.seat;
import static dev.curveball.room.RoomFixture.T0;
import static dev.curveball.room.RoomFixture.applied;
import static dev.curveball.room.RoomFixture.rejected;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.curveball.protocol.DocName;
import dev.curveball.protocol.ErrorCode;
import dev.curveball.protocol.NotesMessages.NotesOp;
import dev.curveball.protocol.Role;
import dev.curveball.protocol.RoomEvent;
import dev.curveball.protocol.RoundMessages.RoundClose;
import dev.curveball.protocol.RoundMessages.RoundEnd;
import dev.curveball.protocol.RoundMessages.SeatsSet;
import dev.curveball.protocol.TimerMessages.TimerStart;
import dev.curveball.protocol.ot.TextOperation;
import dev.curveball.protocol.view.Stage;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A round goes lobby → running → feedback → done, and the next one moves the seats on. */
class RoundsTest {

    @Test
    void aRoundGoesFromLobbyThroughRunningAndFeedbackToDone() {
        RoomState room = InterviewFixture.pair();
        assertEquals(Stage.LOBBY, room.round().stage());

        room = running(room);
        assertEquals(Stage.RUNNING, room.round().stage());
        assertEquals("A", room.round().interviewer().id());
        assertEquals("B", room.round().candidate().id());

        room = applied(room, Command.by("A", new RoundEnd(null)), T0 + 40 * MIN).state();
        assertEquals(Stage.FEEDBACK, room.round().stage());
        assertEquals(dev.curveball.protocol.view.TimerView.State.PAUSED, room.timer().state(), "the clock stops");

        room = applied(room, Command.by("A", new RoundClose(null)), T0 + 45 * MIN).state();
        assertEquals(Stage.DONE, room.round().stage());
    }

    @Test
    void stagesCannotBeSkippedOrRepeated() {
        RoomState lobby = InterviewFixture.pair();
        assertEquals(ErrorCode.INVALID_STATE, rejected(lobby, Command.by("A", new RoundEnd(null)), T0).code());
        assertEquals(ErrorCode.INVALID_STATE, rejected(lobby, Command.by("A", new RoundClose(null)), T0).code());
        assertEquals(ErrorCode.INVALID_STATE,
            rejected(lobby, new Command.NextRound("A", material("x", "R2"), true), T0).code());
        RoomState ended = applied(running(lobby), Command.by("A", new RoundEnd(null)), T0 + MIN).state();
        assertEquals(ErrorCode.INVALID_STATE, rejected(ended, Command.by("A", new TimerStart(null)), T0 + MIN).code());
    }

    @Test
    void theCandidateCannotEndOrCloseTheRound() {
        RoomState room = running(InterviewFixture.pair());
        assertEquals(ErrorCode.FORBIDDEN, rejected(room, Command.by("B", new RoundEnd(null)), T0 + MIN).code());
    }

    @Test
    void aPairSwapsSeatsForTheNextRound() {
        RoomState room = nextRound(running(InterviewFixture.pair()), "A", "other-prompt", "R2", T0 + 45 * MIN);

        assertEquals(2, room.round().number());
        assertEquals(Stage.LOBBY, room.round().stage());
        assertEquals(Role.CANDIDATE, seat(room, "A"));
        assertEquals(Role.INTERVIEWER, seat(room, "B"));
        assertEquals(1, room.history().size(), "the finished round is kept for its report");
    }

    @Test
    void aGroupOfFourRotatesSoEveryoneIsCandidateOnceAndInterviewerOnceInFourRounds() {
        RoomState room = InterviewFixture.group();
        List<String> interviewers = new ArrayList<>();
        List<String> candidates = new ArrayList<>();
        for (int round = 1; round <= 4; round++) {
            interviewers.add(room.holder(Role.INTERVIEWER).orElseThrow().id());
            candidates.add(room.holder(Role.CANDIDATE).orElseThrow().id());
            long at = T0 + round * 50 * MIN;
            room = applied(room, Command.by(interviewers.get(round - 1), new TimerStart(null)), at).state();
            if (round < 4) {
                room = nextRound(room, interviewers.get(round - 1), "prompt-" + round, "R" + (round + 1), at + MIN);
            }
        }
        assertEquals(List.of("A", "B", "C", "D"), interviewers);
        assertEquals(List.of("B", "C", "D", "A"), candidates);
        assertEquals(List.of("A", "B", "C"), room.history().stream().map(r -> r.interviewer().id()).toList(),
            "each finished round remembers who played it");
        assertEquals(List.of("B", "C", "D"), room.history().stream().map(r -> r.candidate().id()).toList());
    }

    @Test
    void rotationSkipsMembersWhoAreOffline() {
        RoomState room = InterviewFixture.group();
        room = applied(room, new Command.Disconnect("C", "node/C"), T0).state();

        RoomState next = nextRound(running(room), "A", "p2", "R2", T0 + MIN);

        assertEquals(Role.INTERVIEWER, seat(next, "B"));
        assertEquals(Role.CANDIDATE, seat(next, "D"), "C is offline, so D is next in line");
        assertEquals(Role.OBSERVER, seat(next, "A"));
        assertEquals(Role.OBSERVER, seat(next, "C"));
    }

    @Test
    void theHostCanOverrideSeatsAndReorderMembersInTheLobby() {
        RoomState room = applied(InterviewFixture.group(),
            Command.by("A", new SeatsSet(null, "C", "D", List.of("C", "D", "A", "B"))), T0).state();

        assertEquals(Role.INTERVIEWER, seat(room, "C"));
        assertEquals(Role.CANDIDATE, seat(room, "D"));
        assertEquals(Role.OBSERVER, seat(room, "A"));
        RoomState next = nextRound(applied(room, Command.by("C", new TimerStart(null)), T0).state(), "C", "p2", "R2",
            T0 + MIN);
        assertEquals(Role.INTERVIEWER, seat(next, "D"), "rotation follows the new member order");
        assertEquals(Role.CANDIDATE, seat(next, "A"));
    }

    @Test
    void seatsChangeOnlyBetweenRoundsAndOnlyByTheHost() {
        RoomState lobby = InterviewFixture.group();
        assertEquals(ErrorCode.FORBIDDEN, rejected(lobby, Command.by("B", new SeatsSet(null, "B", "C", null)),
            T0).code());
        assertEquals(ErrorCode.INVALID_STATE,
            rejected(running(lobby), Command.by("A", new SeatsSet(null, "C", "D", null)), T0 + MIN).code());
        assertEquals(ErrorCode.BAD_MESSAGE, rejected(lobby, Command.by("A", new SeatsSet(null, "C", "C", null)),
            T0).code());
        assertEquals(ErrorCode.BAD_MESSAGE,
            rejected(lobby, Command.by("A", new SeatsSet(null, "C", "D", List.of("A", "B"))), T0).code());
    }

    @Test
    void theNextCandidateIsNotGivenAPromptTheyAlreadyHadHere() {
        // Round 1: B is the candidate on "card-fraud". Round 2 swaps; round 3 makes B the candidate again.
        RoomState room = nextRound(running(InterviewFixture.pair()), "A", "ride-eta", "R2", T0 + MIN);
        room = applied(room, Command.by("B", new TimerStart(null)), T0 + 2 * MIN).state();
        room = applied(room, Command.by("B", new RoundEnd(null)), T0 + 3 * MIN).state();
        room = applied(room, Command.by("B", new RoundClose(null)), T0 + 3 * MIN).state();

        Outcome.Rejected repeat = rejected(room, new Command.NextRound("B", material("card-fraud", "R3"), true),
            T0 + 4 * MIN);
        assertEquals(ErrorCode.INVALID_STATE, repeat.code());
        assertEquals(java.util.Set.of("card-fraud"), room.promptsHadBy("B"));
        applied(room, new Command.NextRound("B", material("ride-eta", "R3"), true), T0 + 4 * MIN);
        applied(room, new Command.NextRound("B", material("card-fraud", "R3"), false), T0 + 4 * MIN);
    }

    @Test
    void theNextRoundStartsWithEmptySharedNotesWhileTheReportKeepsThem() {
        RoomState room = running(InterviewFixture.pair());
        room = applied(room, Command.by("B", new NotesOp(null, DocName.SHARED, 0L,
            TextOperation.builder().insert("features: velocity").build(), "c-b", 1L)), T0 + MIN).state();
        room = applied(room, Command.by("A", new RoundEnd(null)), T0 + 2 * MIN).state();
        room = applied(room, Command.by("A", new RoundClose(null)), T0 + 2 * MIN).state();

        Outcome.Applied next = applied(room, new Command.NextRound("A", material("p2", "R2"), true), T0 + 3 * MIN);

        assertEquals("", next.state().notes().shared().text());
        assertEquals("features: velocity", next.state().round(1).orElseThrow().notes());
        RoomEvent.NotesEdited clear = next.events().stream().map(LoggedEvent::event)
            .filter(RoomEvent.NotesEdited.class::isInstance).map(RoomEvent.NotesEdited.class::cast)
            .findFirst().orElseThrow();
        assertEquals(RoundRules.ROOM_EDITOR, clear.client(), "cleared by an ordinary edit every client applies");
    }

    @Test
    void seatsChangedNamesEveryonesNewSeat() {
        RoomState ended = applied(running(InterviewFixture.pair()), Command.by("A", new RoundEnd(null)), T0).state();
        RoomState closed = applied(ended, Command.by("A", new RoundClose(null)), T0).state();

        Outcome.Applied next = applied(closed, new Command.NextRound("A", material("p2", "R2"), true), T0 + MIN);

        RoomEvent.SeatsChanged seats = next.events().stream().map(LoggedEvent::event)
            .filter(RoomEvent.SeatsChanged.class::isInstance).map(RoomEvent.SeatsChanged.class::cast)
            .findFirst().orElseThrow();
        assertEquals(Map.of("A", Role.CANDIDATE, "B", Role.INTERVIEWER), seats.seats());
    }

    @Test
    void aRoomRunsAtMostItsLimitOfRounds() {
        RoomState room = InterviewFixture.pair();
        for (int round = 1; round < RoomFixture.LIMITS.maxRounds(); round++) {
            String interviewer = room.holder(Role.INTERVIEWER).orElseThrow().id();
            room = applied(room, Command.by(interviewer, new TimerStart(null)), T0 + round * MIN).state();
            room = nextRound(room, interviewer, "p" + round, "R" + round, T0 + round * MIN);
        }
        String interviewer = room.holder(Role.INTERVIEWER).orElseThrow().id();
        room = applied(room, Command.by(interviewer, new TimerStart(null)), T0).state();
        room = applied(room, Command.by(interviewer, new RoundEnd(null)), T0).state();
        room = applied(room, Command.by(interviewer, new RoundClose(null)), T0).state();

        assertEquals(ErrorCode.INVALID_STATE,
            rejected(room, new Command.NextRound(interviewer, material("last", "X"), true), T0).code());
        assertFalse(room.history().isEmpty());
        assertTrue(room.round(1).isPresent());
    }
}
