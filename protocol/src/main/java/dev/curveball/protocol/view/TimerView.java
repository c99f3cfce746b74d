package dev.curveball.protocol.view;

/**
 * The shared timer, in server milliseconds. A client computes what to show from the server's clock:
 * {@code remaining = running ? remainingMs - (serverNow - since) : remainingMs}. Negative means overtime.
 *
 * @param since the server time at which {@code remainingMs} was exact
 */
public record TimerView(long durationMs, boolean running, long remainingMs, long since) {
}
