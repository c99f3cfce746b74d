package dev.curveball.room;

import dev.curveball.protocol.view.RatingView;
import java.util.List;
import java.util.Optional;

/**
 * What the report needs of the rubric beyond its dimension ids: the rule for partly met descriptors and the
 * level-to-verdict table. It comes from the catalog at the edge; the room state carries only the dimension ids.
 *
 * @param verdicts from the strongest verdict down; the first whose bars a scorecard clears is its verdict
 */
public record ReportRubric(String partialCredit, List<Verdict> verdicts) {

    /** No rule and no table: the report then shows neither. */
    public static final ReportRubric NONE = new ReportRubric(null, List.of());

    public ReportRubric {
        verdicts = List.copyOf(verdicts);
    }

    /**
     * One row of the table: holds when the average observed level is at least {@code minAverage} and no observed
     * dimension is below {@code minLevel}.
     */
    public record Verdict(String verdict, double minAverage, int minLevel, String meaning) {
    }

    /** The average and lowest of the levels given, leaving out dimensions not observed or not rated yet. */
    public record Tally(int observed, int notObserved, double average, int lowest) {
    }

    static Optional<Tally> tally(Scorecard scorecard) {
        List<Integer> levels = scorecard.ratings().values().stream().map(RatingView::level)
            .filter(java.util.Objects::nonNull).toList();
        int unobserved = (int) scorecard.ratings().values().stream().filter(RatingView::unobserved).count();
        if (levels.isEmpty()) {
            return Optional.empty();
        }
        double average = levels.stream().mapToInt(Integer::intValue).average().orElseThrow();
        int lowest = levels.stream().mapToInt(Integer::intValue).min().orElseThrow();
        return Optional.of(new Tally(levels.size(), unobserved, average, lowest));
    }

    Optional<Verdict> verdictFor(Tally tally) {
        return verdicts.stream()
            .filter(v -> tally.average() >= v.minAverage() && tally.lowest() >= v.minLevel())
            .findFirst();
    }
}
