package dev.curveball.room;

import static dev.curveball.room.InterviewFixture.MIN;
import static dev.curveball.room.InterviewFixture.running;
import static dev.curveball.room.RoomFixture.T0;
import static dev.curveball.room.RoomFixture.applied;
import static dev.curveball.room.RoomFixture.rejected;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.curveball.protocol.ErrorCode;
import dev.curveball.protocol.RoomEvent.TimerChange;
import dev.curveball.protocol.RoomEvent;
import dev.curveball.protocol.RoundMessages.SettingsSet;
import dev.curveball.protocol.TimerMessages.TimerAdjust;
import dev.curveball.protocol.TimerMessages.TimerNext;
import dev.curveball.protocol.TimerMessages.TimerPause;
import dev.curveball.protocol.TimerMessages.TimerPhases;
import dev.curveball.protocol.TimerMessages.TimerPrevious;
import dev.curveball.protocol.view.PhaseView;
import dev.curveball.protocol.view.TimerView.State;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The timer walks through the round's phases; overtime shows unless the room moves on by itself. */
class PhaseTimerTest {

    @Test
    void theRoundStartsInTheFirstPhaseOfThePromptsPlan() {
        RoomState room = running(InterviewFixture.pair());

        assertEquals("Clarify", room.timer().currentPhase().name());
        assertEquals(5 * MIN, room.timer().remainingAt(T0));
        assertEquals(List.of("Clarify"), room.round().phaseLog().stream().map(PhaseSpan::phase).toList());
    }

    @Test
    void aPhaseThatRunsOutCountsIntoOvertimeWithoutMovingOn() {
        RoomState room = running(InterviewFixture.pair());
        room = applied(room, new Command.Tick(), T0 + 7 * MIN).state();

        assertEquals("Clarify", room.timer().currentPhase().name());
        assertEquals(-2 * MIN, room.timer().remainingAt(T0 + 7 * MIN), "two minutes of overtime");
    }

    @Test
    void nextAndPreviousMoveBetweenPhasesWithTheirFullLength() {
        RoomState room = running(InterviewFixture.pair());
        room = applied(room, Command.by("A", new TimerNext(null)), T0 + 6 * MIN).state();

        assertEquals("High-level design", room.timer().currentPhase().name());
        assertEquals(15 * MIN, room.timer().remainingAt(T0 + 6 * MIN));
        assertEquals(6 * MIN, room.timer().elapsedAt(T0 + 6 * MIN), "running time carries on across phases");

        room = applied(room, Command.by("A", new TimerPrevious(null)), T0 + 7 * MIN).state();
        assertEquals("Clarify", room.timer().currentPhase().name());
        assertEquals(ErrorCode.INVALID_STATE, rejected(room, Command.by("A", new TimerPrevious(null)),
            T0 + 7 * MIN).code());
    }

    @Test
    void thereIsNoPhaseAfterTheLast() {
        RoomState room = running(InterviewFixture.pair());
        for (int i = 0; i < 3; i++) {
            room = applied(room, Command.by("A", new TimerNext(null)), T0 + i).state();
        }
        assertEquals("Wrap-up", room.timer().currentPhase().name());
        assertEquals(ErrorCode.INVALID_STATE, rejected(room, Command.by("A", new TimerNext(null)), T0 + 5).code());
    }

    @Test
    void phasesMoveOnlyWhileTheRoundRuns() {
        assertEquals(ErrorCode.INVALID_STATE,
            rejected(InterviewFixture.pair(), Command.by("A", new TimerNext(null)), T0).code());
    }

    @Test
    void withAutoAdvanceThePhaseChangesExactlyWhenItRunsOut() {
        RoomState room = applied(InterviewFixture.pair(), Command.by("A", new SettingsSet(null, true, null)),
            T0).state();
        room = running(room);

        Outcome.Applied tick = applied(room, new Command.Tick(), T0 + 5 * MIN + 1_234);

        assertEquals("High-level design", tick.state().timer().currentPhase().name());
        assertEquals(15 * MIN - 1_234, tick.state().timer().remainingAt(T0 + 5 * MIN + 1_234),
            "the new phase began at the boundary, not at the late tick");
        RoomEvent.TimerChanged advanced = (RoomEvent.TimerChanged) tick.events().get(0).event();
        assertEquals(TimerChange.ADVANCED, advanced.change());
    }

    @Test
    void autoAdvanceCatchesUpSeveralPhasesAndStillRunsTheLastIntoOvertime() {
        RoomState room = running(applied(InterviewFixture.pair(), Command.by("A", new SettingsSet(null, true, null)),
            T0)
            .state());

        room = applied(room, new Command.Tick(), T0 + 50 * MIN).state();

        assertEquals("Wrap-up", room.timer().currentPhase().name());
        assertEquals(-5 * MIN, room.timer().remainingAt(T0 + 50 * MIN));
        assertEquals(List.of("Clarify", "High-level design", "Deep dive", "Wrap-up"),
            room.round().phaseLog().stream().map(PhaseSpan::phase).toList());
        assertEquals(5 * MIN, room.round().phaseLog().get(0).endMs() - room.round().phaseLog().get(0).startMs());
    }

    @Test
    void addingAndRemovingMinutesChangesTheCurrentPhase() {
        RoomState room = running(InterviewFixture.pair());
        room = applied(room, Command.by("A", new TimerAdjust(null, 2 * MIN)), T0 + MIN).state();

        assertEquals(6 * MIN, room.timer().remainingAt(T0 + MIN));
        assertEquals(7 * MIN, room.timer().currentPhase().durationMs());

        room = applied(room, Command.by("A", new TimerAdjust(null, -30 * MIN)), T0 + MIN).state();
        assertEquals(MIN, room.timer().currentPhase().durationMs(), "a phase keeps at least one minute");
    }

    @Test
    void anExtremeAdjustmentIsRefusedAndChangesNothing() {
        RoomState room = running(InterviewFixture.pair());

        for (long delta : new long[] {Long.MIN_VALUE, Long.MAX_VALUE, Long.MIN_VALUE + 1, -9 * 3_600_000L,
            9 * 3_600_000L}) {
            Outcome.Rejected refused = rejected(room, Command.by("A", new TimerAdjust(null, delta)), T0 + MIN);
            assertEquals(ErrorCode.BAD_MESSAGE, refused.code(), "deltaMs " + delta);
        }
    }

    @Test
    void repeatedAdjustmentsNeverGrowAPhasePastEightHours() {
        RoomState room = running(InterviewFixture.pair());
        for (int i = 0; i < 7; i++) {
            room = applied(room, Command.by("A", new TimerAdjust(null, 60 * MIN)), T0 + MIN).state();
        }

        assertEquals(ErrorCode.BAD_MESSAGE,
            rejected(room, Command.by("A", new TimerAdjust(null, 60 * MIN)), T0 + MIN).code());
        assertEquals(7 * 60 * MIN + 5 * MIN, room.timer().currentPhase().durationMs());
    }

    @Test
    void aPausedTimerKeepsItsPhaseAndTimeAcrossPhaseMoves() {
        RoomState room = running(InterviewFixture.pair());
        room = applied(room, Command.by("A", new TimerPause(null)), T0 + MIN).state();
        room = applied(room, Command.by("A", new TimerNext(null)), T0 + 3 * MIN).state();

        assertEquals(State.PAUSED, room.timer().state());
        assertEquals(MIN, room.timer().elapsedAt(T0 + 10 * MIN), "paused time does not count");
    }

    @Test
    void theHostPlansPhasesInTheLobbyWithinSensibleBounds() {
        RoomState lobby = InterviewFixture.pair();
        RoomState planned = applied(lobby, Command.by("A", new TimerPhases(null, List.of(new PhaseView("Design",
            30 * MIN), new PhaseView("Q&A", 10 * MIN)))), T0).state();
        assertEquals(30 * MIN, planned.timer().remainingAt(T0));

        assertEquals(ErrorCode.BAD_MESSAGE, rejected(lobby, Command.by("A", new TimerPhases(null,
            List.of(new PhaseView("", 30 * MIN)))), T0).code());
        assertEquals(ErrorCode.BAD_MESSAGE, rejected(lobby, Command.by("A", new TimerPhases(null,
            List.of(new PhaseView("Blink", 1_000)))), T0).code());
        assertEquals(ErrorCode.BAD_MESSAGE, rejected(lobby, Command.by("A", new TimerPhases(null, List.of())),
            T0).code());
        assertEquals(ErrorCode.INVALID_STATE, rejected(running(lobby), Command.by("A", new TimerPhases(null,
            List.of(new PhaseView("Design", 30 * MIN)))), T0).code());
        assertEquals(ErrorCode.FORBIDDEN, rejected(lobby, Command.by("B", new TimerPhases(null,
            List.of(new PhaseView("Design", 30 * MIN)))), T0).code());
    }
}
