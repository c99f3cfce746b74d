package dev.curveball.catalog;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Enforces every rule of {@code catalog/SCHEMA.md}. Collects all problems, each naming the file and the field, e.g.
 * {@code prompts/card-fraud-detection.json: twists[3].text: 412 characters, at most 400}.
 */
public final class CatalogValidator {
    static final String RUBRIC_FILE = "rubric.json";
    private static final int LEVELS = 4;
    private static final int MIN_LEVEL = 40;
    private static final int MAX_LEVEL = 300;
    private static final int MIN_RULE = 80;
    private static final int MAX_RULE = 600;

    private CatalogValidator() {
    }

    /**
     * @param prompts each prompt by its file under {@code catalog/}, e.g. {@code prompts/eta-prediction.json}
     * @param rubric  the rubric, or null when it could not be read (already reported)
     * @return every problem found; empty when the catalog is good
     */
    public static List<String> problems(Map<String, Prompt> prompts, Rubric rubric) {
        Problems problems = new Problems();
        check(prompts, rubric, problems);
        return problems.lines();
    }

    static void check(Map<String, Prompt> prompts, Rubric rubric, Problems problems) {
        Map<String, String> fileById = new HashMap<>();
        prompts.forEach((file, prompt) -> {
            PromptChecks.check(file, prompt, problems);
            if (prompt.id() != null) {
                String first = fileById.putIfAbsent(prompt.id(), file);
                if (first != null) {
                    problems.add(file, "id", "\"" + prompt.id() + "\" is already the id of " + first);
                }
            }
        });
        if (rubric != null) {
            rubric(rubric, problems);
        }
    }

    private static void rubric(Rubric rubric, Problems problems) {
        List<RubricDimension> dimensions = rubric.dimensions();
        if (dimensions == null) {
            problems.add(RUBRIC_FILE, "dimensions", "missing");
            return;
        }
        List<String> ids = dimensions.stream().map(d -> d == null ? null : d.id()).toList();
        if (!ids.equals(Rubric.DIMENSION_IDS)) {
            problems.add(RUBRIC_FILE, "dimensions", "ids must be exactly " + Rubric.DIMENSION_IDS
                + " in this order, found " + ids);
        }
        for (int i = 0; i < dimensions.size(); i++) {
            String at = Problems.at("dimensions", i);
            RubricDimension dimension = dimensions.get(i);
            if (dimension == null) {
                problems.add(RUBRIC_FILE, at, "missing");
                continue;
            }
            blank(problems, at + ".id", dimension.id());
            blank(problems, at + ".name", dimension.name());
            levels(problems, at, dimension.levels());
        }
        if (!blank(problems, "partialCredit", rubric.partialCredit())
            && (rubric.partialCredit().length() < MIN_RULE || rubric.partialCredit().length() > MAX_RULE)) {
            problems.add(RUBRIC_FILE, "partialCredit", rubric.partialCredit().length() + " characters, must be "
                + MIN_RULE + "-" + MAX_RULE);
        }
        VerdictChecks.check(rubric.verdicts(), problems);
    }

    private static void levels(Problems problems, String at, List<String> levels) {
        if (levels == null) {
            problems.add(RUBRIC_FILE, at + ".levels", "missing");
            return;
        }
        if (levels.size() != LEVELS) {
            problems.add(RUBRIC_FILE, at + ".levels", levels.size() + " entries, exactly " + LEVELS);
        }
        for (int level = 1; level <= levels.size(); level++) {
            String field = Problems.at(at + ".levels", level - 1);
            String text = levels.get(level - 1);
            if (blank(problems, field, text)) {
                continue;
            }
            if (text.length() < MIN_LEVEL || text.length() > MAX_LEVEL) {
                problems.add(RUBRIC_FILE, field, text.length() + " characters, must be " + MIN_LEVEL + "-" + MAX_LEVEL);
            }
            if (!text.startsWith(level + ": ")) {
                problems.add(RUBRIC_FILE, field, "must begin with \"" + level + ": \"");
            }
        }
    }

    /** Reports a missing or blank string; true when it was. */
    static boolean blank(Problems problems, String field, String text) {
        if (Objects.requireNonNullElse(text, "").isBlank()) {
            problems.add(RUBRIC_FILE, field, text == null ? "missing" : "must not be blank");
            return true;
        }
        return false;
    }
}
