package dev.curveball.protocol;

import com.fasterxml.jackson.annotation.JsonProperty;

/** A pair room swaps two people; a group room rotates seats along its members. */
public enum Mode {
    @JsonProperty("pair") PAIR,
    @JsonProperty("group") GROUP
}
