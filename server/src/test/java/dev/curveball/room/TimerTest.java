package dev.curveball.room;

import static dev.curveball.room.RoomFixture.DURATION;
import static dev.curveball.room.RoomFixture.T0;
import static dev.curveball.room.RoomFixture.applied;
import static dev.curveball.room.RoomFixture.pair;
import static dev.curveball.room.RoomFixture.rejected;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.curveball.protocol.ErrorCode;
import dev.curveball.protocol.RoomEvent;
import dev.curveball.protocol.TimerMessages.TimerPause;
import dev.curveball.protocol.TimerMessages.TimerReset;
import dev.curveball.protocol.TimerMessages.TimerResume;
import dev.curveball.protocol.TimerMessages.TimerStart;
import dev.curveball.protocol.view.TimerView.State;
import org.junit.jupiter.api.Test;

class TimerTest {

    @Test
    void aRunningTimerCountsDownFromWhenItStarted() {
        RoomState room = applied(pair(), Command.by("A", new TimerStart(null)), T0 + 1_000).state();

        assertEquals(DURATION, room.timer().remainingAt(T0 + 1_000));
        assertEquals(DURATION - 60_000, room.timer().remainingAt(T0 + 61_000));
    }

    @Test
    void pausingFreezesTheRemainingTimeAndResumingContinuesFromIt() {
        RoomState room = applied(pair(), Command.by("A", new TimerStart(null)), T0).state();
        room = applied(room, Command.by("A", new TimerPause(null)), T0 + 10_000).state();

        assertEquals(DURATION - 10_000, room.timer().remainingAt(T0 + 500_000), "paused time does not pass");

        room = applied(room, Command.by("A", new TimerResume(null)), T0 + 500_000).state();
        assertEquals(DURATION - 15_000, room.timer().remainingAt(T0 + 505_000));
    }

    @Test
    void aTimerPastZeroGoesIntoOvertimeInsteadOfStopping() {
        RoomState room = applied(pair(), Command.by("A", new TimerStart(null)), T0).state();

        assertEquals(-130_000, room.timer().remainingAt(T0 + DURATION + 130_000));
        assertEquals(State.RUNNING, room.timer().state());
    }

    @Test
    void resetSetsTheFullDurationOrANewOne() {
        RoomState room = applied(pair(), Command.by("A", new TimerStart(null)), T0).state();

        RoomState same = applied(room, Command.by("A", new TimerReset(null, null)), T0 + 9_000).state();
        RoomState shorter = applied(room, Command.by("A", new TimerReset(null, 30 * 60_000L)), T0 + 9_000).state();

        assertEquals(State.IDLE, same.timer().state());
        assertEquals(DURATION, same.timer().remainingAt(T0 + 99_000));
        assertEquals(30 * 60_000L, shorter.timer().remainingAt(T0 + 99_000));
    }

    @Test
    void theCandidateCannotControlTheTimer() {
        RoomState room = pair();

        Outcome.Rejected refused = rejected(room, Command.by("B", new TimerStart(null)), T0);

        assertEquals(ErrorCode.FORBIDDEN, refused.code());
    }

    @Test
    void aHostInTheCandidateSeatMayControlTheTimer() {
        RoomState room = applied(RoomFixture.newRoom(dev.curveball.protocol.Role.CANDIDATE),
            RoomFixture.join("A", RoomFixture.HOST_TOKEN), T0).state();

        applied(room, Command.by("A", new TimerStart(null)), T0);
    }

    @Test
    void commandsThatDoNotFitTheTimersStateAreRefused() {
        RoomState idle = pair();
        RoomState running = applied(idle, Command.by("A", new TimerStart(null)), T0).state();

        assertEquals(ErrorCode.INVALID_STATE, rejected(idle, Command.by("A", new TimerPause(null)), T0).code());
        assertEquals(ErrorCode.INVALID_STATE, rejected(idle, Command.by("A", new TimerResume(null)), T0).code());
        assertEquals(ErrorCode.INVALID_STATE, rejected(running, Command.by("A", new TimerStart(null)), T0).code());
        assertEquals(ErrorCode.INVALID_STATE, rejected(running, Command.by("A", new TimerResume(null)), T0).code());
    }

    @Test
    void anImplausibleDurationIsRefused() {
        assertEquals(ErrorCode.BAD_MESSAGE, rejected(pair(), Command.by("A", new TimerReset(null, 5L)), T0).code());
        assertEquals(ErrorCode.BAD_MESSAGE,
            rejected(pair(), Command.by("A", new TimerReset(null, 9 * 3_600_000L)), T0).code());
    }

    @Test
    void everyTimerChangeIsAnnouncedToEveryoneWithItsNewState() {
        Outcome.Applied started = applied(pair(), Command.by("A", new TimerStart(null)), T0);
        Outcome.Applied paused = applied(started.state(), Command.by("A", new TimerPause(null)), T0 + 2_000);

        LoggedEvent event = paused.events().get(0);
        assertEquals(Audience.EVERYONE, event.audience());
        RoomEvent.TimerChanged change = (RoomEvent.TimerChanged) event.event();
        assertEquals(RoomEvent.TimerChange.PAUSED, change.change());
        assertEquals(DURATION - 2_000, change.timer().remainingMs());
        assertEquals("A", change.by());
        assertEquals(started.state().seq() + 1, event.seq());
    }
}
