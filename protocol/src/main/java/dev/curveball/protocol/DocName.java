package dev.curveball.protocol;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The notes documents a client can address. {@code private} always means the sender's own private notes, so a
 * client never names (or learns) anyone else's.
 */
public enum DocName {
    /** The design document the interviewer and the candidate write together; observers read it. */
    @JsonProperty("shared") SHARED,
    /** The interviewer's own notes, seen by nobody else. */
    @JsonProperty("private") PRIVATE
}
