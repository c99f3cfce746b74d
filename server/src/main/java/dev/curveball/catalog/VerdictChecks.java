package dev.curveball.catalog;

import java.util.List;

/**
 * The level-to-verdict table of {@code rubric.json}: 3–6 rows from the strongest verdict down, each demanding less
 * than the one before, the last one holding for any scorecard so that every scorecard has a verdict.
 */
final class VerdictChecks {
    private static final int MIN_ROWS = 3;
    private static final int MAX_ROWS = 6;
    private static final int MAX_VERDICT = 40;
    private static final int MAX_MEANING = 200;

    private VerdictChecks() {
    }

    static void check(List<Verdict> verdicts, Problems problems) {
        String file = CatalogValidator.RUBRIC_FILE;
        if (verdicts == null) {
            problems.add(file, "verdicts", "missing");
            return;
        }
        if (verdicts.size() < MIN_ROWS || verdicts.size() > MAX_ROWS) {
            problems.add(file, "verdicts", verdicts.size() + " entries, must be " + MIN_ROWS + "-" + MAX_ROWS);
        }
        Verdict previous = null;
        for (int i = 0; i < verdicts.size(); i++) {
            String at = Problems.at("verdicts", i);
            Verdict row = verdicts.get(i);
            if (row == null) {
                problems.add(file, at, "missing");
                continue;
            }
            if (!CatalogValidator.blank(problems, at + ".verdict", row.verdict())
                && row.verdict().length() > MAX_VERDICT) {
                problems.add(file, at + ".verdict", row.verdict().length() + " characters, at most " + MAX_VERDICT);
            }
            if (!CatalogValidator.blank(problems, at + ".meaning", row.meaning())
                && row.meaning().length() > MAX_MEANING) {
                problems.add(file, at + ".meaning", row.meaning().length() + " characters, at most " + MAX_MEANING);
            }
            boolean complete = true;
            if (row.minAverage() == null || row.minAverage() < 1 || row.minAverage() > 4) {
                problems.add(file, at + ".minAverage", row.minAverage() == null ? "missing" : "must be 1.0-4.0");
                complete = false;
            }
            if (row.minLevel() == null || row.minLevel() < 1 || row.minLevel() > 4) {
                problems.add(file, at + ".minLevel", row.minLevel() == null ? "missing" : "must be 1-4");
                complete = false;
            }
            if (complete && previous != null && !(row.minAverage() < previous.minAverage()
                && row.minLevel() <= previous.minLevel())) {
                problems.add(file, at, "must demand less than the row before it (a lower minAverage, "
                    + "a minLevel no higher)");
            }
            previous = complete ? row : null;
        }
        Verdict last = verdicts.isEmpty() ? null : verdicts.get(verdicts.size() - 1);
        if (last != null && (last.minAverage() == null || last.minAverage() != 1.0 || last.minLevel() == null
            || last.minLevel() != 1)) {
            problems.add(file, Problems.at("verdicts", verdicts.size() - 1),
                "the last row must hold for any scorecard: minAverage 1.0 and minLevel 1");
        }
    }
}
