package dev.curveball.catalog;

/**
 * One row of the level-to-verdict table: the verdict holds when the average level over the observed dimensions is at
 * least {@code minAverage} and no observed dimension is below {@code minLevel}.
 *
 * @param meaning what the verdict says about the candidate, in one sentence
 */
public record Verdict(String verdict, Double minAverage, Integer minLevel, String meaning) {
}
