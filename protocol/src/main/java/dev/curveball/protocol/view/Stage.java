package dev.curveball.protocol.view;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Where a round is: seats are set in the lobby, the interview runs, then feedback, then it is done. */
public enum Stage {
    @JsonProperty("lobby") LOBBY,
    @JsonProperty("running") RUNNING,
    @JsonProperty("feedback") FEEDBACK,
    @JsonProperty("done") DONE
}
