package dev.curveball.room;

import dev.curveball.protocol.ErrorCode;
import dev.curveball.protocol.Role;
import dev.curveball.protocol.RoomEvent.TimerChange;
import dev.curveball.protocol.RoomEvent;
import dev.curveball.protocol.TimerMessages;
import dev.curveball.protocol.view.Stage;
import dev.curveball.protocol.view.TimerView.State;
import java.util.List;
import java.util.Optional;

/**
 * The shared phase timer: start (which starts the round), pause, resume, reset, move between phases, add or remove
 * time, and a new phase plan. Controlled by the host or the interviewer.
 */
final class TimerRules {
    /** Bounds on a phase and on a whole plan: shorter or longer than this is a typo, not an interview. */
    static final long MIN_DURATION_MS = Timer.MIN_PHASE_MS;
    static final long MAX_DURATION_MS = 8 * 3_600_000;
    static final int MAX_PHASES = 12;
    static final int MAX_PHASE_NAME = 60;

    private TimerRules() {
    }

    static Outcome start(RoomState state, String by, TimerMessages.TimerStart command, Changes changes) {
        Optional<Outcome.Rejected> refused = control(state, by);
        if (refused.isPresent()) {
            return refused.get();
        }
        Stage stage = state.round().stage();
        if (stage != Stage.LOBBY && !(stage == Stage.RUNNING && state.timer().state() == State.IDLE)) {
            return Room.reject(ErrorCode.INVALID_STATE, stage == Stage.RUNNING
                ? "the timer is already " + name(state.timer().state())
                : "this round is over; open the next one first");
        }
        long now = changes.now();
        Timer timer = state.timer().start(now);
        RoomState after = state.withTimer(timer)
            .withRound(r -> r.phaseMoved(timer.elapsedMs(), timer.currentPhase().name()));
        if (stage == Stage.LOBBY) {
            after = after.withRound(after.round().started(Seat.of(after, Role.INTERVIEWER),
                Seat.of(after, Role.CANDIDATE), now));
            if (!after.prompt().revealed()) {
                after = after.withPrompt(after.prompt().reveal());
                changes.emit(Audience.EVERYONE, new RoomEvent.PromptRevealed(after.prompt().fullView()));
            }
            RoundViews.announce(after, changes, RoundViews.ALL);
        }
        changes.emit(Audience.EVERYONE, new RoomEvent.TimerChanged(TimerChange.STARTED, timer.view(), by));
        after = TwistRules.playScheduledFor(after, timer.phase(), now, changes);
        return changes.applied(after, by);
    }

    static Outcome pause(RoomState state, String by, TimerMessages.TimerPause command, Changes changes) {
        return change(state, by, State.RUNNING, "pause", TimerChange.PAUSED,
            state.timer().pause(changes.now()), changes);
    }

    static Outcome resume(RoomState state, String by, TimerMessages.TimerResume command, Changes changes) {
        return change(state, by, State.PAUSED, "resume", TimerChange.RESUMED,
            state.timer().resume(changes.now()), changes);
    }

    /** Back to the first phase, not started; with {@code durationMs}, the plan becomes one phase that long. */
    static Outcome reset(RoomState state, String by, TimerMessages.TimerReset command, Changes changes) {
        Optional<Outcome.Rejected> refused = control(state, by);
        if (refused.isPresent()) {
            return refused.get();
        }
        List<Phase> phases = state.timer().phases();
        if (command.durationMs() != null) {
            if (command.durationMs() < MIN_DURATION_MS || command.durationMs() > MAX_DURATION_MS) {
                return Room.reject(ErrorCode.BAD_MESSAGE,
                    "durationMs must be between " + MIN_DURATION_MS + " and " + MAX_DURATION_MS);
            }
            phases = List.of(new Phase("Interview", command.durationMs()));
        }
        if (!state.round().running() && state.round().stage() != Stage.LOBBY) {
            return Room.reject(ErrorCode.INVALID_STATE, "this round is over; open the next one first");
        }
        Timer timer = Timer.idle(phases, changes.now());
        RoomState after = state.withTimer(timer)
            .withRound(r -> r.phaseMoved(state.timer().elapsedAt(changes.now()), null));
        changes.emit(Audience.EVERYONE, new RoomEvent.TimerChanged(TimerChange.RESET, timer.view(), by));
        return changes.applied(after, by);
    }

    static Outcome next(RoomState state, String by, TimerMessages.TimerNext command, Changes changes) {
        return move(state, by, state.timer().phase() + 1, changes);
    }

    static Outcome previous(RoomState state, String by, TimerMessages.TimerPrevious command, Changes changes) {
        return move(state, by, state.timer().phase() - 1, changes);
    }

    static Outcome adjust(RoomState state, String by, TimerMessages.TimerAdjust command, Changes changes) {
        Optional<Outcome.Rejected> refused = control(state, by);
        if (refused.isPresent()) {
            return refused.get();
        }
        // Compared without Math.abs: |Long.MIN_VALUE| overflows to itself and would pass a bound check.
        if (command.deltaMs() < -MAX_DURATION_MS || command.deltaMs() > MAX_DURATION_MS || command.deltaMs() == 0) {
            return Room.reject(ErrorCode.BAD_MESSAGE, "deltaMs must be non-zero and at most " + MAX_DURATION_MS
                + " either way");
        }
        if (state.timer().currentPhase().durationMs() + command.deltaMs() > MAX_DURATION_MS) {
            return Room.reject(ErrorCode.BAD_MESSAGE, "a phase lasts at most " + MAX_DURATION_MS + " ms");
        }
        if (!state.round().running() && state.round().stage() != Stage.LOBBY) {
            return Room.reject(ErrorCode.INVALID_STATE, "this round is over; open the next one first");
        }
        Timer timer = state.timer().adjust(command.deltaMs(), changes.now());
        changes.emit(Audience.EVERYONE, new RoomEvent.TimerChanged(TimerChange.ADJUSTED, timer.view(), by));
        return changes.applied(state.withTimer(timer), by);
    }

    static Outcome plan(RoomState state, String by, TimerMessages.TimerPhases command, Changes changes) {
        Optional<Outcome.Rejected> refused = control(state, by);
        if (refused.isPresent()) {
            return refused.get();
        }
        List<Phase> phases = command.phases().stream()
            .map(p -> new Phase(p.name() == null ? "" : p.name().strip(), p.durationMs()))
            .toList();
        Optional<String> problem = problem(phases);
        if (problem.isPresent()) {
            return Room.reject(ErrorCode.BAD_MESSAGE, problem.get());
        }
        if (state.timer().state() != State.IDLE || state.round().stage() != Stage.LOBBY) {
            return Room.reject(ErrorCode.INVALID_STATE, "phases are planned in the lobby, before the round starts");
        }
        Timer timer = Timer.idle(phases, changes.now());
        changes.emit(Audience.EVERYONE, new RoomEvent.TimerChanged(TimerChange.PLANNED, timer.view(), by));
        return changes.applied(state.withTimer(timer), by);
    }

    /** Moves to another phase now, or at {@code at} when the room moves on by itself. */
    static RoomState toPhase(RoomState state, int index, long at, TimerChange change, String by, Changes changes) {
        Timer timer = state.timer().toPhase(index, at);
        RoomState after = state.withTimer(timer)
            .withRound(r -> r.phaseMoved(timer.elapsedMs(), timer.currentPhase().name()));
        changes.emit(Audience.EVERYONE, new RoomEvent.TimerChanged(change, timer.view(), by));
        return TwistRules.playScheduledFor(after, index, at, changes);
    }

    static Optional<String> problem(List<Phase> phases) {
        if (phases.isEmpty() || phases.size() > MAX_PHASES) {
            return Optional.of("phases: between 1 and " + MAX_PHASES + " phases");
        }
        long total = 0;
        for (int i = 0; i < phases.size(); i++) {
            Phase phase = phases.get(i);
            if (phase.name() == null || phase.name().isBlank() || phase.name().length() > MAX_PHASE_NAME) {
                return Optional.of("phases[" + i + "].name: 1 to " + MAX_PHASE_NAME + " characters");
            }
            if (phase.durationMs() < MIN_DURATION_MS || phase.durationMs() > MAX_DURATION_MS) {
                return Optional.of("phases[" + i + "].durationMs: between " + MIN_DURATION_MS + " and "
                    + MAX_DURATION_MS);
            }
            total += phase.durationMs();
        }
        return total > MAX_DURATION_MS
            ? Optional.of("phases: at most " + MAX_DURATION_MS + " ms in all")
            : Optional.empty();
    }

    private static Outcome move(RoomState state, String by, int index, Changes changes) {
        Optional<Outcome.Rejected> refused = control(state, by);
        if (refused.isPresent()) {
            return refused.get();
        }
        if (!state.round().running() || state.timer().state() == State.IDLE) {
            return Room.reject(ErrorCode.INVALID_STATE, "phases move while the round runs; start it first");
        }
        if (index < 0 || index >= state.timer().phases().size()) {
            return Room.reject(ErrorCode.INVALID_STATE, index < 0
                ? "this is the first phase" : "this is the last phase; end the round when you are done");
        }
        return changes.applied(toPhase(state, index, changes.now(), TimerChange.PHASE, by, changes), by);
    }

    private static Outcome change(RoomState state, String by, State required, String verb, TimerChange change,
                                  Timer timer, Changes changes) {
        Optional<Outcome.Rejected> refused = control(state, by);
        if (refused.isPresent()) {
            return refused.get();
        }
        if (state.timer().state() != required) {
            return Room.reject(ErrorCode.INVALID_STATE,
                "cannot " + verb + " the timer while it is " + name(state.timer().state()));
        }
        if (state.round().stage() != Stage.RUNNING) {
            // round.end stops the timer; resuming it would run a clock over the feedback of a finished round.
            return Room.reject(ErrorCode.INVALID_STATE, "cannot " + verb + " the timer: the round is not running");
        }
        changes.emit(Audience.EVERYONE, new RoomEvent.TimerChanged(change, timer.view(), by));
        return changes.applied(state.withTimer(timer), by);
    }

    private static Optional<Outcome.Rejected> control(RoomState state, String by) {
        return Permissions.hostOrInterviewer(state, by, "control the timer");
    }

    private static String name(State state) {
        return state.name().toLowerCase(java.util.Locale.ROOT);
    }
}
