package dev.curveball.catalog;

import java.util.List;

/** The scorecard's dimensions, in the order the scorecard shows them. */
public record Rubric(List<RubricDimension> dimensions) {

    /** The dimension ids, exactly and in this order. */
    public static final List<String> DIMENSION_IDS = List.of("problem-framing", "data", "modelling",
        "serving-and-infrastructure", "evaluation", "monitoring-and-retraining", "trade-off-reasoning",
        "adapting-to-twists", "communication");
}
