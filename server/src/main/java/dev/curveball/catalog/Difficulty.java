package dev.curveball.catalog;

import com.fasterxml.jackson.annotation.JsonProperty;

/** How hard a prompt is for its target levels: how much ambiguity and how many competing constraints it holds. */
public enum Difficulty {
    @JsonProperty("easy") EASY,
    @JsonProperty("medium") MEDIUM,
    @JsonProperty("hard") HARD;

    /** The name as written in the JSON and on the wire. */
    public String wireName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
