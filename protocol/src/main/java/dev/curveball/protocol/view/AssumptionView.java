package dev.curveball.protocol.view;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * One entry of a round's assumption log, as everyone in the room sees it (the log is never redacted).
 *
 * @param id        {@code a1}, {@code a2}, … in the order stated; never reused in the round
 * @param by        the participant who stated it
 * @param at        when it was stated (server time), with the round's running time then and the phase it fell in
 * @param twist     the played card that overturned it, or null
 * @param fact      the revealed clarification that holds it, or null
 * @param noticedAt when the candidate said a twist broke it, or null
 * @param revisedAt when its author last reworded it, or null
 */
public record AssumptionView(String id, String text, String by, long at, long elapsedMs, String phase,
                             Status status, String twist, String fact, Long noticedAt, Long revisedAt) {

    /** Where an assumption stands. */
    public enum Status {
        /** Stated; nothing has confirmed or broken it yet. */
        @JsonProperty("open") OPEN,
        /** A revealed fact confirms it. */
        @JsonProperty("held") HELD,
        /** A played twist breaks it. */
        @JsonProperty("overturned") OVERTURNED,
        /** Its author took it back. */
        @JsonProperty("withdrawn") WITHDRAWN
    }
}
