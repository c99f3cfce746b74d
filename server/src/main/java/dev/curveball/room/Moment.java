package dev.curveball.room;

/** When something happened in a round: server time, the round's running time then, and the phase it fell in. */
public record Moment(long at, long elapsedMs, String phase) {

    static Moment of(Timer timer, long at) {
        return new Moment(at, timer.elapsedAt(at), timer.currentPhase().name());
    }
}
