package dev.curveball.catalog;

import java.util.List;

/**
 * The scorecard's dimensions, in the order the scorecard shows them; the rule for a descriptor met only in part; and
 * the table that turns levels into a hiring verdict.
 *
 * @param partialCredit how to score a level 3 or 4 descriptor that lists several things, when only some are shown
 * @param verdicts      from the strongest verdict down; each applies from its {@code minAverage} up
 */
public record Rubric(List<RubricDimension> dimensions, String partialCredit, List<Verdict> verdicts) {

    /** The dimension ids, exactly and in this order. */
    public static final List<String> DIMENSION_IDS = List.of("problem-framing", "data", "modelling",
        "serving-and-infrastructure", "evaluation", "monitoring-and-retraining", "trade-off-reasoning",
        "adapting-to-twists", "communication");
}
