package dev.curveball.protocol;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

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
    @JsonProperty("outage") OUTAGE,
    @JsonProperty("evaluation") EVALUATION;

    /** Each stress's name as the wire, the catalog and deck files spell it: read once from the annotations. */
    private static final class Names {
        static final Map<Stress, String> BY_STRESS = new EnumMap<>(Stress.class);

        static {
            for (Stress stress : values()) {
                try {
                    BY_STRESS.put(stress, Stress.class.getField(stress.name()).getAnnotation(JsonProperty.class)
                        .value());
                } catch (NoSuchFieldException e) {
                    throw new ExceptionInInitializerError(e);
                }
            }
        }
    }

    /** The name the wire and deck files use, such as {@code data-quality}. */
    public String wireName() {
        return Names.BY_STRESS.get(this);
    }

    public static Optional<Stress> ofWireName(String name) {
        return Arrays.stream(values()).filter(s -> s.wireName().equals(name)).findFirst();
    }
}
