package dev.curveball.room;

import java.util.Locale;
import java.util.Optional;

/**
 * The report's sections from the prompt's guide and the rubric: what a complete answer covers (with what the
 * interviewer ticked), what a strong answer looks like, the common mistakes, and the verdict the scorecard reads as.
 */
final class ReportGuide {
    private ReportGuide() {
    }

    static void guide(StringBuilder md, RoundGuide guide) {
        long covered = guide.scope().stream().filter(ScopeItem::covered).count();
        md.append("## What a complete answer covers\n\n");
        md.append("Difficulty: ").append(guide.difficulty()).append(" · levels ").append(guide.levels())
            .append(" · weighs most: ").append(String.join(", ", guide.focus())).append("\n\n");
        md.append("Ticked as covered during the round: ").append(covered).append(" of ")
            .append(guide.scope().size()).append(".\n\n");
        for (ScopeItem item : guide.scope()) {
            md.append("- [").append(item.covered() ? 'x' : ' ').append("] ").append(item.area()).append(": ")
                .append(RoundReport.line(item.point())).append('\n');
        }
        md.append("\n## What a strong answer looks like\n\n").append(RoundReport.line(guide.strongAnswer()))
            .append("\n\n## Common mistakes\n\n");
        guide.commonMistakes().forEach(m -> md.append("- ").append(RoundReport.line(m)).append('\n'));
        md.append('\n');
    }

    /** The rule for partly met descriptors, the table, and where this scorecard falls in it. */
    static void verdict(StringBuilder md, Scorecard scorecard, ReportRubric rubric) {
        if (rubric.partialCredit() != null) {
            md.append("Partial credit: ").append(RoundReport.line(rubric.partialCredit())).append("\n\n");
        }
        if (rubric.verdicts().isEmpty()) {
            return;
        }
        md.append("## Verdict\n\n");
        Optional<ReportRubric.Tally> tally = ReportRubric.tally(scorecard);
        Optional<ReportRubric.Verdict> verdict = tally.flatMap(rubric::verdictFor);
        md.append("| Verdict | Average level at least | No level below | Meaning |\n| --- | --- | --- | --- |\n");
        for (ReportRubric.Verdict row : rubric.verdicts()) {
            boolean chosen = verdict.map(row::equals).orElse(false);
            String name = chosen ? "**" + RoundReport.cell(row.verdict()) + "** ← this scorecard"
                : RoundReport.cell(row.verdict());
            md.append("| ").append(name).append(" | ").append(String.format(Locale.ROOT, "%.1f", row.minAverage()))
                .append(" | ").append(row.minLevel()).append(" | ").append(RoundReport.cell(row.meaning()))
                .append(" |\n");
        }
        md.append('\n');
        if (tally.isEmpty()) {
            md.append("_No level given yet, so no verdict._\n\n");
            return;
        }
        ReportRubric.Tally t = tally.get();
        md.append(String.format(Locale.ROOT, "Average level %.2f over %d rated dimension%s", t.average(),
            t.observed(), t.observed() == 1 ? "" : "s"));
        if (t.notObserved() > 0) {
            md.append(" (").append(t.notObserved()).append(" not observed, left out)");
        }
        md.append(", lowest ").append(t.lowest()).append(": ")
            .append(verdict.map(ReportRubric.Verdict::verdict).orElse("no verdict")).append(".\n\n");
    }
}
