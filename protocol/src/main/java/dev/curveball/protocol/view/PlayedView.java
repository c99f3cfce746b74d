package dev.curveball.protocol.view;

/** When something happened in a round: server time, the round's running time then, and the phase's name. */
public record PlayedView(long at, long elapsedMs, String phase) {
}
