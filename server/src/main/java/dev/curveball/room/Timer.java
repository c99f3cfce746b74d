package dev.curveball.room;

import dev.curveball.protocol.view.TimerView;
import dev.curveball.protocol.view.TimerView.State;

/**
 * The shared countdown. Exact at {@code since}: while running, the time left at {@code now} is
 * {@code remainingMs - (now - since)}, and it goes negative in overtime rather than stopping.
 */
public record Timer(long durationMs, State state, long remainingMs, long since) {

    public static Timer idle(long durationMs, long now) {
        return new Timer(durationMs, State.IDLE, durationMs, now);
    }

    public long remainingAt(long now) {
        return state == State.RUNNING ? remainingMs - (now - since) : remainingMs;
    }

    public Timer start(long now) {
        return new Timer(durationMs, State.RUNNING, remainingMs, now);
    }

    public Timer pause(long now) {
        return new Timer(durationMs, State.PAUSED, remainingAt(now), now);
    }

    public Timer resume(long now) {
        return new Timer(durationMs, State.RUNNING, remainingMs, now);
    }

    public Timer reset(long newDurationMs, long now) {
        return idle(newDurationMs, now);
    }

    public TimerView view() {
        return new TimerView(durationMs, state, remainingMs, since);
    }
}
