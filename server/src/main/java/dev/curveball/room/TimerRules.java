package dev.curveball.room;

import dev.curveball.protocol.ErrorCode;
import dev.curveball.protocol.RoomEvent;
import dev.curveball.protocol.RoomEvent.TimerChange;
import dev.curveball.protocol.view.TimerView.State;
import java.util.Optional;
import java.util.function.UnaryOperator;

/** The shared timer: start, pause, resume, reset; controlled by the host or the interviewer. */
final class TimerRules {
    /** Bounds on a duration: shorter or longer than this is a typo, not an interview. */
    static final long MIN_DURATION_MS = 60_000;
    static final long MAX_DURATION_MS = 8 * 3_600_000;

    private TimerRules() {
    }

    static Outcome start(RoomState state, Command.StartTimer command, Changes changes) {
        return change(state, command.by(), State.IDLE, "start", TimerChange.STARTED,
            timer -> timer.start(changes.now()), changes);
    }

    static Outcome pause(RoomState state, Command.PauseTimer command, Changes changes) {
        return change(state, command.by(), State.RUNNING, "pause", TimerChange.PAUSED,
            timer -> timer.pause(changes.now()), changes);
    }

    static Outcome resume(RoomState state, Command.ResumeTimer command, Changes changes) {
        return change(state, command.by(), State.PAUSED, "resume", TimerChange.RESUMED,
            timer -> timer.resume(changes.now()), changes);
    }

    static Outcome reset(RoomState state, Command.ResetTimer command, Changes changes) {
        long duration = command.durationMs() == null ? state.timer().durationMs() : command.durationMs();
        if (duration < MIN_DURATION_MS || duration > MAX_DURATION_MS) {
            return Room.reject(ErrorCode.BAD_MESSAGE,
                "durationMs must be between " + MIN_DURATION_MS + " and " + MAX_DURATION_MS);
        }
        return change(state, command.by(), null, "reset", TimerChange.RESET,
            timer -> timer.reset(duration, changes.now()), changes);
    }

    /**
     * @param required the state the timer must be in, or null when any state will do
     */
    private static Outcome change(RoomState state, String by, State required, String verb, TimerChange change,
                                  UnaryOperator<Timer> next, Changes changes) {
        Optional<Outcome.Rejected> refused = Permissions.hostOrInterviewer(state, by, "control the timer");
        if (refused.isPresent()) {
            return refused.get();
        }
        if (required != null && state.timer().state() != required) {
            return Room.reject(ErrorCode.INVALID_STATE,
                "cannot " + verb + " the timer while it is " + state.timer().state().name().toLowerCase());
        }
        Timer timer = next.apply(state.timer());
        RoomState after = state.withTimer(timer);
        if (change == TimerChange.STARTED && !state.prompt().revealed()) {
            after = after.withPrompt(state.prompt().reveal());
            changes.emit(Audience.EVERYONE, new RoomEvent.PromptRevealed(after.prompt().fullView()));
        }
        changes.emit(Audience.EVERYONE, new RoomEvent.TimerChanged(change, timer.view(), by));
        return changes.applied(after, by);
    }
}
