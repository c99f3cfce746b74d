package dev.curveball.catalog;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The rules of {@code catalog/SCHEMA.md} for what an experienced interviewer carries in their head: a prompt's
 * calibration ({@code difficulty}, {@code levels}, {@code focus}), its {@code strongAnswer} and
 * {@code commonMistakes}, and each card's {@code when}, {@code probe}, {@code core} and {@code assumes}.
 */
final class CraftChecks {
    /** "L4" or "L4–L6" (an en dash, as printed), levels 3 to 8. */
    private static final Pattern LEVELS = Pattern.compile("L([3-8])(?:–L([3-8]))?");
    private static final int MIN_FOCUS = 1;
    private static final int MAX_FOCUS = 3;
    private static final int MIN_STRONG_ANSWER = 200;
    private static final int MAX_STRONG_ANSWER = 1200;
    private static final int MIN_MISTAKES = 3;
    private static final int MAX_MISTAKES = 6;
    private static final int MIN_MISTAKE = 40;
    private static final int MAX_MISTAKE = 300;
    private static final int MIN_PROBE = 20;
    private static final int MAX_PROBE = 300;
    private static final int MIN_AFTER = 10;
    private static final int MAX_AFTER = 120;
    /** A card overturns one specific assumption, which a candidate may have put in a few different words. */
    static final int MIN_PREMISES = 1;
    static final int MAX_PREMISES = 4;
    /** A premise is a phrase a candidate would say or write in a line of notes, not a paragraph. */
    static final int MAX_PREMISE = 120;
    /** "About three per deck": the central tension of a problem is one to three cards deep, rarely four. */
    static final int MIN_CORE = 2;
    static final int MAX_CORE = 4;

    private final Fields fields;

    private CraftChecks(Fields fields) {
        this.fields = fields;
    }

    static void check(Fields fields, Prompt prompt) {
        new CraftChecks(fields).check(prompt);
    }

    private void check(Prompt prompt) {
        fields.present("difficulty", prompt.difficulty());
        levels(prompt.levels());
        focus(prompt.focus());
        fields.text("strongAnswer", prompt.strongAnswer(), MIN_STRONG_ANSWER, MAX_STRONG_ANSWER);
        mistakes(prompt.commonMistakes());
        if (prompt.twists() != null) {
            cards(prompt.twists(), phaseIds(prompt.phases()));
        }
    }

    private void levels(String levels) {
        if (!fields.present("levels", levels)) {
            return;
        }
        Matcher m = LEVELS.matcher(levels);
        if (!m.matches()) {
            fields.add("levels", "\"" + levels + "\" is not a level range like \"L4–L6\" (en dash) or \"L5\"");
        } else if (m.group(2) != null && m.group(2).compareTo(m.group(1)) <= 0) {
            fields.add("levels", "\"" + levels + "\" must go from the lower level to the higher");
        }
    }

    private void focus(List<String> focus) {
        if (!fields.count("focus", focus, MIN_FOCUS, MAX_FOCUS)) {
            return;
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < focus.size(); i++) {
            String field = Problems.at("focus", i);
            String id = focus.get(i);
            if (!fields.present(field, id)) {
                continue;
            }
            if (!Rubric.DIMENSION_IDS.contains(id)) {
                fields.add(field, "\"" + id + "\" is not a rubric dimension; use one of "
                    + String.join(", ", Rubric.DIMENSION_IDS));
            } else if (!seen.add(id)) {
                fields.add(field, "\"" + id + "\" is listed twice");
            }
        }
    }

    private void mistakes(List<String> mistakes) {
        if (!fields.count("commonMistakes", mistakes, MIN_MISTAKES, MAX_MISTAKES)) {
            return;
        }
        for (int i = 0; i < mistakes.size(); i++) {
            fields.text(Problems.at("commonMistakes", i), mistakes.get(i), MIN_MISTAKE, MAX_MISTAKE);
        }
    }

    private void cards(List<Twist> twists, Set<String> phaseIds) {
        int core = 0;
        for (int i = 0; i < twists.size(); i++) {
            String at = Problems.at("twists", i);
            Twist twist = twists.get(i);
            if (twist == null) {
                continue; // reported with the other twist fields
            }
            when(at + ".when", twist.when(), phaseIds);
            probe(at + ".probe", twist.probe());
            if (twist.assumes() != null) {
                premises(at + ".assumes", twist.assumes());
            }
            if (fields.present(at + ".core", twist.core()) && twist.core()) {
                core++;
            }
        }
        boolean allMarked = twists.stream().allMatch(t -> t != null && t.core() != null);
        if (allMarked && (core < MIN_CORE || core > MAX_CORE)) {
            fields.add("twists", core + " core cards, must be " + MIN_CORE + "-" + MAX_CORE
                + " (the problem's central tension, played first in a short round)");
        }
    }

    private void when(String at, When when, Set<String> phaseIds) {
        if (!fields.present(at, when)) {
            return;
        }
        if (fields.present(at + ".phase", when.phase()) && !phaseIds.contains(when.phase())) {
            fields.add(at + ".phase", "\"" + when.phase() + "\" is not a phase id of this prompt; use one of "
                + String.join(", ", phaseIds.stream().sorted().toList()));
        }
        if (when.after() != null) {
            fields.text(at + ".after", when.after(), MIN_AFTER, MAX_AFTER);
        }
    }

    private void probe(String field, String probe) {
        fields.text(field, probe, MIN_PROBE, MAX_PROBE);
        if (probe != null && !probe.isBlank() && !probe.strip().endsWith("?")) {
            fields.add(field, "a probe is one question to ask; end it with \"?\"");
        }
    }

    /** Optional; when given, 1-4 distinct non-blank phrases of at most 120 characters each. */
    private void premises(String at, List<String> premises) {
        fields.count(at, premises, MIN_PREMISES, MAX_PREMISES);
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < premises.size(); i++) {
            String field = Problems.at(at, i);
            String premise = premises.get(i);
            if (!fields.present(field, premise)) {
                continue;
            }
            fields.length(field, premise, 1, MAX_PREMISE);
            if (!seen.add(premise.strip().toLowerCase(Locale.ROOT))) {
                fields.add(field, "\"" + premise + "\" is listed twice");
            }
        }
    }

    private static Set<String> phaseIds(List<Phase> phases) {
        Set<String> ids = new HashSet<>();
        if (phases != null) {
            phases.stream().filter(Objects::nonNull).map(Phase::id).filter(Objects::nonNull).forEach(ids::add);
        }
        return ids;
    }
}
