package dev.curveball.protocol.view;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The shared timer, in server milliseconds. A client computes what to show from the server's clock:
 * {@code remaining = state == running ? remainingMs - (serverNow - since) : remainingMs}. Negative means overtime.
 *
 * @param since the server time at which {@code remainingMs} was exact
 */
public record TimerView(long durationMs, State state, long remainingMs, long since) {

    /** Idle: set to its duration and not started. Running: counting down. Paused: stopped part-way. */
    public enum State {
        @JsonProperty("idle") IDLE,
        @JsonProperty("running") RUNNING,
        @JsonProperty("paused") PAUSED
    }
}
