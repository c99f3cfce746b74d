package dev.curveball.room;

/**
 * A stretch of a round spent in one phase, in the round's running time; {@code endMs} is null while it lasts.
 * The report adds these up into each phase's actual duration.
 */
public record PhaseSpan(String phase, long startMs, Long endMs) {

    PhaseSpan end(long atMs) {
        return new PhaseSpan(phase, startMs, atMs);
    }
}
