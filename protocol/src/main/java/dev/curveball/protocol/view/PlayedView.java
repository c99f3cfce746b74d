package dev.curveball.protocol.view;

import java.util.List;

/**
 * When something happened in a round: server time, the round's running time then, and the phase's name. For a played
 * card on the interviewer's side, {@code suggests} lists the open assumptions it may break (absent when none).
 */
public record PlayedView(long at, long elapsedMs, String phase, List<String> suggests) {
    public PlayedView {
        suggests = suggests == null || suggests.isEmpty() ? null : List.copyOf(suggests);
    }

    public PlayedView(long at, long elapsedMs, String phase) {
        this(at, elapsedMs, phase, null);
    }
}
