package dev.curveball.protocol;

import com.fasterxml.jackson.annotation.JsonProperty;

/** The seat a participant holds in the current round. Seats change only between rounds. */
public enum Role {
    @JsonProperty("interviewer") INTERVIEWER,
    @JsonProperty("candidate") CANDIDATE,
    @JsonProperty("observer") OBSERVER;

    /** The other seat of an interview pair; observers have none. */
    public Role opposite() {
        return switch (this) {
            case INTERVIEWER -> CANDIDATE;
            case CANDIDATE -> INTERVIEWER;
            case OBSERVER -> OBSERVER;
        };
    }
}
