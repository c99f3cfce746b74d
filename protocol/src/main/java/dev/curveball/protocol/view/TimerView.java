package dev.curveball.protocol.view;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * The shared phase timer, in server milliseconds. A client computes what to show from the server's clock: while
 * running, the phase's time left is {@code remainingMs - (serverNow - since)} (negative means overtime) and the round's
 * running time is {@code elapsedMs + (serverNow - since)}; otherwise both are as given.
 *
 * @param durationMs the current phase's length
 * @param since      the server time at which {@code remainingMs} and {@code elapsedMs} were exact
 * @param phase      index into {@code phases}
 */
public record TimerView(long durationMs, State state, long remainingMs, long since, int phase, List<PhaseView> phases,
                        long elapsedMs) {

    public TimerView {
        phases = List.copyOf(phases);
    }

    /** Idle: not started. Running: counting down. Paused: stopped part-way. */
    public enum State {
        @JsonProperty("idle") IDLE,
        @JsonProperty("running") RUNNING,
        @JsonProperty("paused") PAUSED
    }
}
