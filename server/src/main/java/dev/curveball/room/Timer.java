package dev.curveball.room;

import dev.curveball.protocol.view.TimerView;
import dev.curveball.protocol.view.TimerView.State;
import java.util.ArrayList;
import java.util.List;

/**
 * The shared phase timer. Exact at {@code since}: while running, the current phase's time left at {@code now} is
 * {@code remainingMs - (now - since)} (negative in overtime, never stopping by itself) and the round's running time
 * is {@code elapsedMs + (now - since)}.
 *
 * @param phase index into {@code phases}
 */
public record Timer(List<Phase> phases, int phase, State state, long remainingMs, long elapsedMs, long since) {

    /** A phase is never shortened below this: less is a typo, not an interview step. */
    static final long MIN_PHASE_MS = 60_000;

    public Timer {
        phases = List.copyOf(phases);
    }

    public static Timer idle(List<Phase> phases, long now) {
        return new Timer(phases, 0, State.IDLE, phases.get(0).durationMs(), 0, now);
    }

    public Phase currentPhase() {
        return phases.get(phase);
    }

    public boolean lastPhase() {
        return phase == phases.size() - 1;
    }

    public long remainingAt(long now) {
        return state == State.RUNNING ? remainingMs - (now - since) : remainingMs;
    }

    public long elapsedAt(long now) {
        return state == State.RUNNING ? elapsedMs + (now - since) : elapsedMs;
    }

    /** When, while running, the current phase runs out. */
    long phaseEndsAt() {
        return since + remainingMs;
    }

    /** When, while running, the round's running time reaches {@code elapsed}. */
    long reachesElapsedAt(long elapsed) {
        return since + (elapsed - elapsedMs);
    }

    Timer start(long now) {
        return new Timer(phases, phase, State.RUNNING, remainingMs, elapsedMs, now);
    }

    Timer pause(long now) {
        return new Timer(phases, phase, State.PAUSED, remainingAt(now), elapsedAt(now), now);
    }

    Timer resume(long now) {
        return start(now);
    }

    /** Moves to phase {@code index} at its full planned length, running or paused as before. */
    Timer toPhase(int index, long at) {
        return new Timer(phases, index, state, phases.get(index).durationMs(), elapsedAt(at), at);
    }

    /** Lengthens (or shortens) the current phase by {@code deltaMs}, keeping it at least a minute long. */
    Timer adjust(long deltaMs, long now) {
        long length = Math.max(MIN_PHASE_MS, currentPhase().durationMs() + deltaMs);
        long applied = length - currentPhase().durationMs();
        List<Phase> replanned = new ArrayList<>(phases);
        replanned.set(phase, new Phase(currentPhase().name(), length));
        return new Timer(replanned, phase, state, remainingAt(now) + applied, elapsedAt(now), now);
    }

    public TimerView view() {
        return new TimerView(currentPhase().durationMs(), state, remainingMs, since, phase,
            phases.stream().map(Phase::view).toList(), elapsedMs);
    }
}
