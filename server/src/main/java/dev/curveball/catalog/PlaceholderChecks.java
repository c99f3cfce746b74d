package dev.curveball.catalog;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Placeholders name declared figures and appear only where a round's draw is written; every figure is used. Other
 * fields (titles, tags, scope, questions) are shown as written, so a placeholder there would never be filled.
 */
final class PlaceholderChecks {
    private PlaceholderChecks() {
    }

    static void check(String file, Prompt prompt, Problems problems) {
        List<Figure> figures = prompt.figures() == null ? List.of() : prompt.figures();
        Set<String> declared = new HashSet<>();
        figures.stream().filter(f -> f != null && f.key() != null).forEach(f -> declared.add(f.key()));

        Set<String> used = new HashSet<>();
        for (PromptText text : PromptText.drawn(prompt)) {
            for (String key : Placeholders.keys(text.text())) {
                if (declared.contains(key)) {
                    used.add(key);
                } else {
                    problems.add(file, text.field(), "{{" + key + "}} is not a declared figure");
                }
            }
            if (Placeholders.hasStrayBraces(text.text())) {
                problems.add(file, text.field(), "has unmatched braces; a placeholder is written {{key}}");
            }
        }
        for (PromptText text : PromptText.asWritten(prompt)) {
            if (!Placeholders.keys(text.text()).isEmpty() || Placeholders.hasStrayBraces(text.text())) {
                problems.add(file, text.field(), "placeholders are allowed only in statement, constraints, "
                    + "clarification answers, twist text, guidance, probe and assumes, strongAnswer and "
                    + "commonMistakes");
            }
        }
        for (int i = 0; i < figures.size(); i++) {
            Figure figure = figures.get(i);
            if (figure != null && figure.key() != null && !used.contains(figure.key())) {
                problems.add(file, Problems.at("figures", i) + ".key",
                    "figure \"" + figure.key() + "\" is never used as {{" + figure.key() + "}}");
            }
        }
    }
}
