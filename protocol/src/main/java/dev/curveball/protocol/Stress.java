package dev.curveball.protocol;

import com.fasterxml.jackson.annotation.JsonProperty;

/** What a twist card puts under pressure: the kinds of stress the catalog, the wire and deck files name. */
public enum Stress {
    @JsonProperty("latency") LATENCY,
    @JsonProperty("scale") SCALE,
    @JsonProperty("cost") COST,
    @JsonProperty("data-quality") DATA_QUALITY,
    @JsonProperty("label-delay") LABEL_DELAY,
    @JsonProperty("drift") DRIFT,
    @JsonProperty("privacy") PRIVACY,
    @JsonProperty("feedback-loops") FEEDBACK_LOOPS,
    @JsonProperty("human-oversight") HUMAN_OVERSIGHT,
    @JsonProperty("cold-start") COLD_START,
    @JsonProperty("outage") OUTAGE
}
